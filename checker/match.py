"""Find, for each requirement, the text that may arrange it.

Two ways in: a section whose heading fits the requirement (fuzzy match against its heading
aliases, so "Duur, wijziging en beëindiging" serves j), and paragraphs anywhere in the operative
text that contain one of its anchor terms (so an overstap arrangement under "Begeleiding van
leerlingen" still serves f). Mentions in the preamble, table of contents or definitions are kept
apart: they arrange nothing but explain a "missing" verdict.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from checker.extract.tables import MAX_TOPIC_WORDS, row_values
from checker.nlp import Sentence, is_known_word, is_short_question, lemmatize_text, split_sentences
from checker.requirements import Requirement
from checker.segment import LEVEL_TABLE_CELL, Clause, Outline

HEADING_THRESHOLD = 88
CONTEXT_PARAGRAPHS = 2
_STOP = frozenset(
    "de het een en van in op te voor met over bij aan als of door tot wie wat wat's dan is zijn "
    "deze die dat the".split()
)


@dataclass
class Passage:
    """A paragraph of the agreement with its place and its sentences."""

    clause: Clause
    section: str | None  # nearest heading as the reader sees it
    text: str
    page: int | None
    role: str
    sentences: list[Sentence]
    prompt: bool = False  # ends with ":" and nothing follows but a template gap
    row: bool = False  # a table row: an arrangement of its own, on its own topic


@dataclass
class Candidates:
    """The text that may arrange one requirement."""

    requirement: Requirement
    sections: list[Clause] = field(default_factory=list)  # headings that fit the requirement
    in_sections: list[Passage] = field(default_factory=list)  # paragraphs under those headings
    anchored: list[Passage] = field(default_factory=list)  # body paragraphs elsewhere with anchors
    context: list[Passage] = field(default_factory=list)  # paragraphs right after an anchored one
    related: list[Passage] = field(default_factory=list)  # body paragraphs with related terms only
    foreign: list[Passage] = field(default_factory=list)  # anchored or related, under another item's heading
    outside: list[Passage] = field(default_factory=list)  # mentions in preamble/toc/definitions
    # ids of related paragraphs in a headed clause with two or more related paragraphs: that clause
    # is about the item, so each of its paragraphs counts with whatever elements it carries
    related_clause_members: set[int] = field(default_factory=set)
    classified: frozenset[int] = frozenset()  # ids of paragraphs the classifier assigns to the item
    # ids of related paragraphs under another heading, when the item has an article of its own
    stray: set[int] = field(default_factory=set)
    # ids of paragraphs in the item's sections whose nearer heading names another item ("Artikel 8
    # Leerlingen die de route verlaten" in "Hoofdstuk 3 Onderwijs en organisatie")
    under_other: set[int] = field(default_factory=set)
    outline: Outline = field(default_factory=Outline)  # the annexes and articles the document holds

    @property
    def found(self) -> bool:
        return bool(self.sections or self.anchored)


def analyse(clauses: list[Clause]) -> list[Passage]:
    """Split every paragraph into sentences with lemmas (the costly NLP step, done once)."""
    by_index = {c.index: c for c in clauses}
    passages = []
    for clause in clauses:
        section = _nearest_heading(clause, by_index)
        if clause.heading:
            # The heading itself is a passage too: a heading that is the only text must be seen.
            passages.append(Passage(clause, section, clause.heading, clause.page, "heading", []))
        paragraphs = clause.paragraphs
        asked = ""  # the last sentence of the paragraph before
        for i, para in enumerate(paragraphs):
            following = paragraphs[i + 1].text if i + 1 < len(paragraphs) else ""
            prompt = para.text.rstrip().endswith(":") and len(_GAP.sub(" ", following).split()) < 2
            text = para.text
            if i == 0 and _ANSWER.match(text) and (clause.heading or "").rstrip().endswith("?"):
                # A form's question answered yes or no ("Wordt bekostiging overgedragen?" / "nee")
                # is read as one sentence.
                text = f"{clause.heading.rstrip()} {text}"
            if (
                i == 0
                and clause.level >= LEVEL_TABLE_CELL
                and clause.heading
                and not clause.heading.endswith("?")
                and clause.heading not in text
            ):
                # A table row is read under its topic cell: "Wat ze zelf mogen beslissen" | "rooster,
                # planning, ..." says what the leiding decides (a row read as "Thema: ...; Afspraak:
                # ..." names its topic already).
                sentences = split_sentences(f"{clause.heading.rstrip(' :')}: {text}")
            else:
                sentences = split_sentences(text)
            if sentences and is_short_question(asked) and paragraphs[i - 1].role == para.role:
                # "Wie beslist?" / "De mentor en de loopbaancoach.": the answer is read with the
                # question that ends the paragraph before it, as one sentence.
                text = f"{asked} {text}"
                sentences = [Sentence.of(f"{asked} {sentences[0].text}"), *sentences[1:]]
            asked = sentences[-1].text if sentences else ""
            if para.text.rstrip().endswith(":") and not prompt:
                # "Deelnemers die de route verlaten, krijgen: (i) ... (ii) ..." is one arrangement:
                # read the introduction together with the list that completes it.
                items = _list_after(paragraphs, i)
                if items:
                    text = " ".join([para.text, *(p.text for p in items)])
                    sentences = sentences + [s for p in items for s in split_sentences(p.text)]
            passages.append(Passage(clause, section, text, para.page, para.role, sentences, prompt, para.row))
    return passages


_ANSWER = re.compile(r"^\s*(?:ja|nee|neen|yes|no)\b[.!]?\s*$", re.IGNORECASE)
_LIST_LABEL = re.compile(
    r"^\s*(?:\(?[a-z0-9]{1,4}[.)]|\([ivx]{1,5}\)|[ivx]{1,5}[.)]|[-•*–·▪])\s+", re.IGNORECASE
)


def _list_after(paragraphs, i: int, limit: int = 8) -> list:
    """The list items that directly follow paragraph i in the same clause."""
    items = []
    for para in paragraphs[i + 1 : i + 1 + limit]:
        if not _LIST_LABEL.match(para.text) or para.role != paragraphs[i].role:
            break
        items.append(para)
    return items


# Fill-in space after a prompt such as "De inzet van personeel is als volgt georganiseerd:".
_GAP = re.compile(r"[.…_·•\s]{3,}|\[[^\]]*\]|\(\s*invullen\s*\)")


def _nearest_heading(clause: Clause, by_index: dict[int, Clause]) -> str | None:
    """The clause's place as the reader finds it: its heading with the headings above it,
    "2 Organisatie › 2.1 Routeleiding", leaving out the document's title."""
    path: list[str] = []
    node: Clause | None = clause
    while node is not None:
        if node.heading and node.role != "front":
            path.append(node.heading)
        node = by_index.get(node.parent) if node.parent is not None else None
    if not path:
        return clause.heading
    return " › ".join(reversed(path[:3]))


def item_sections(requirement: Requirement, clauses: list[Clause]) -> list[Clause]:
    """The body clauses whose heading names the item (an alias or an anchor term). A heading over
    nothing but signature lines ("Stichting Voortgezet Onderwijs …" above a name and a line to
    sign on) is a party's name, not a section."""
    return [
        clause
        for clause in clauses
        if clause.role == "body"
        and clause.title
        and not (clause.paragraphs and all(p.role == "signature" for p in clause.paragraphs))
        and (
            heading_matches(clause.title, requirement.heading_aliases)
            or heading_is(clause.title, requirement.whole_heading_aliases)
            or requirement.anchors.search(_heading_sentence(clause.title))
        )
        and not requirement.heading_exclusions & _heading_sentence(clause.title).tokens
    ]


def named_sections(
    requirement: Requirement, clauses: list[Clause], own: list[Clause], others: list[Requirement]
) -> list[Clause]:
    """Headings that use the name the item's own sections give to what it sets up ("De route
    wordt geleid door de routetafel" makes "Wat de routetafel zelf mag" a section of c), unless
    the rest of the heading names another item ("Verantwoording door de routetafel" is d's)."""
    if not requirement.own_name or not own:
        return []
    inside = {c.index for c in own}
    by_index = {c.index: c for c in clauses}
    names = {
        m.group("name").lower()
        for clause in clauses
        if _under(clause, inside, by_index)
        for para in clause.paragraphs
        if para.role == "body"
        for pattern in requirement.own_name
        for m in pattern.finditer(para.text)
    }
    if not names:
        return []
    named = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names)) + r")\b", re.IGNORECASE)
    return [
        clause
        for clause in clauses
        if clause.role == "body"
        and clause.title
        and clause.index not in inside
        and not _under(clause, inside, by_index)
        and named.search(clause.title)
        and not any(
            item_sections(other, [_retitled(clause, named.sub(" ", clause.title))]) for other in others
        )
    ]


def _retitled(clause: Clause, title: str) -> Clause:
    return replace(clause, title=title)


def containers(clauses: list[Clause], sections: set[int]) -> set[int]:
    """The clauses among `sections` that hold another section below them (a document title or a
    chapter "Afspraken" that happens to name an item holds the other items' articles too)."""
    by_index = {c.index: c for c in clauses}
    holding: set[int] = set()
    for index in sections:
        node = by_index[index]
        while node.parent is not None:
            node = by_index[node.parent]
            if node.index in sections:
                holding.add(node.index)
    return holding


def find_candidates(
    requirement: Requirement,
    clauses: list[Clause],
    passages: list[Passage],
    classified: frozenset[int] = frozenset(),
    others: frozenset[int] = frozenset(),
    sections: list[Clause] | None = None,
    outline: Outline | None = None,
    row_topics: dict[int, frozenset[str]] | None = None,
    anchored_items: dict[int, frozenset[str]] | None = None,
) -> Candidates:
    """Collect the sections and paragraphs that may arrange `requirement`.

    `classified` holds the ids of paragraphs the clause classifier assigns to this requirement;
    they count as related (read when they carry most of the item's elements). `others` holds the
    indices of clauses whose heading names another item: a paragraph there that mentions this
    item in passing ("de routeleiding" in "Artikel 9 Geschillen") is about that other item, so it
    goes to `foreign` (read only when it arranges the whole item), when this item has a section of
    its own. `sections` are the item's own sections when the caller has found them already;
    `outline` the annexes and articles the document holds; `row_topics` the items each table row's
    topic cell names (see `row_topics`); `anchored_items` the items whose anchor terms each body
    paragraph carries (see `anchored_items`; worked out here when not given).
    """
    result = Candidates(requirement, classified=classified, outline=outline or Outline())
    by_index = {c.index: c for c in clauses}
    result.sections = item_sections(requirement, clauses) if sections is None else sections
    matched: set[int] = {c.index for c in result.sections}
    # Only an item with a section of its own is known to be arranged there and not in passing.
    elsewhere = set(others) - matched if matched else set()
    others_ids = set(others)
    follow = 0  # how many more paragraphs continue an anchored one ("3.2" after "3.1")
    others: list[Passage] = []  # body paragraphs with no term of this item
    previous: Passage | None = None
    for passage in passages:
        if passage.role == "heading":
            follow, previous = 0, None
            continue
        if previous is not None and passage.clause is not previous.clause:
            follow = 0
        previous = passage
        claim = _nearest_claim(passage.clause, matched, others_ids, by_index)
        if claim is not None:
            if passage.role == "body":
                result.in_sections.append(passage)
                if claim == "other":
                    result.under_other.add(id(passage))
            continue
        if anchored_items is not None:
            names = anchored_items.get(id(passage), frozenset())
        else:
            names = _anchored({requirement.id: requirement.anchors}, passage)
        if requirement.id in names:
            if passage.role == "body" and elsewhere and _under(passage.clause, elsewhere, by_index):
                result.foreign.append(passage)
            elif passage.role == "body":
                result.anchored.append(passage)
                follow = CONTEXT_PARAGRAPHS
            elif passage.role in ("preamble", "toc", "definitions", "front", "note"):
                result.outside.append(passage)
            continue
        if passage.role != "body":
            continue
        topics = row_topics.get(id(passage), frozenset()) if row_topics else frozenset()
        if follow and topics and requirement.id not in topics:
            # The paragraphs after an anchored one continue it, up to a table row whose topic is
            # another item's ("Inrichting" after "Informatie aan de besturen").
            follow = 0
        if follow and names and not passage.clause.heading:
            # Nor, in a text that runs on without headings, into a paragraph that names another
            # item and not this one: the medezeggenschap after the leiding is not about the
            # leiding. Under a heading the clause's paragraphs belong together.
            follow = 0
        if follow:
            result.context.append(passage)
            follow -= 1
        elif id(passage) in classified or any(requirement.related.search(s) for s in passage.sentences):
            # The classifier's choice is a hint, like a related term: the paragraph must itself
            # carry most of the item's elements to count.
            if elsewhere and _under(passage.clause, elsewhere, by_index):
                result.foreign.append(passage)
            else:
                result.related.append(passage)
        else:
            others.append(passage)
    _whole_clauses_as_context(result, others)
    _sub_clauses_of_an_anchored_article(result, clauses)
    if result.sections:
        result.stray = {
            id(p) for p in result.related if p.clause.heading and id(p) not in result.related_clause_members
        }
    return result


def anchored_items(passages: list[Passage], requirements) -> dict[int, frozenset[str]]:
    """For each paragraph, the items whose anchor terms it carries."""
    anchors = {r.id: r.anchors for r in requirements}
    return {id(p): _anchored(anchors, p) for p in passages if p.role != "heading"}


def _anchored(anchors: dict, passage: Passage) -> frozenset[str]:
    return frozenset(
        rid for rid, matcher in anchors.items() if any(matcher.search(s) for s in passage.sentences)
    )


def row_topics(passages: list[Passage], requirements) -> dict[int, frozenset[str]]:
    """For each table row ("Nr: 4; Onderwerp: Inrichting; Afspraak: ..."), the items whose heading
    its topic (its first cell in words) would be."""
    topics: dict[int, frozenset[str]] = {}
    for passage in passages:
        if not passage.row:
            continue
        topic = next((c for c in row_values(passage.text) if re.search(r"[^\W\d_]", c)), "")
        if not topic or len(topic.split()) > MAX_TOPIC_WORDS:
            continue
        topics[id(passage)] = frozenset(
            r.id for r in requirements if heading_matches(topic, r.heading_aliases)
        )
    return topics


MAX_CONTEXT_CHARS = 1200  # a longer clause is a chapter of several arrangements, not one


def _whole_clauses_as_context(result: Candidates, others: list[Passage]) -> None:
    """A headed clause with an anchored paragraph is about the item as a whole: its other
    paragraphs ("Een andere school kan aansluiten." under "Erbij komen en stoppen") are read too.
    So is a headed clause with two or more paragraphs related to the item ("Erbij. Een andere
    school kan meedoen ...", "Eruit. Wie wil stoppen ...", "Anders. Aanpassen kan ..."): its
    related paragraphs count with any element they carry and, when it is short, its other
    paragraphs are read too."""
    anchored_clauses = {id(p.clause): p.clause for p in result.anchored if p.clause.heading}
    # the rows of one table (each headed by its topic cell) count together, as one clause
    related_per_group = Counter(_group(p.clause) for p in result.related if p.clause.heading)
    related_clauses = {
        id(p.clause): p.clause for p in result.related if related_per_group[_group(p.clause)] >= 2
    }
    result.related_clause_members = {id(p) for p in result.related if id(p.clause) in related_clauses}
    if not anchored_clauses and not related_clauses:
        return
    seen = {id(p) for p in result.anchored + result.context}
    either = {**related_clauses, **anchored_clauses}
    # A short table whose row names the item ("Wie | De routeploeg: ...") is about the item as a
    # whole: its other rows ("Hoe je erin komt", "Wat ze doen") are read too.
    anchored_tables = {_group(c) for c in anchored_clauses.values() if c.level >= LEVEL_TABLE_CELL}
    rows = (
        Counter(_group(p.clause) for p in [*result.anchored, *result.related, *others])
        if anchored_tables
        else {}
    )
    moved = []
    for passage, pool in [(p, anchored_clauses) for p in result.related] + [(p, either) for p in others]:
        clause = pool.get(id(passage.clause))
        if clause is not None and len(clause.text) <= MAX_CONTEXT_CHARS and id(passage) not in seen:
            moved.append(passage)
        elif (
            passage.clause.level >= LEVEL_TABLE_CELL
            and _group(passage.clause) in anchored_tables
            and rows[_group(passage.clause)] <= MAX_TABLE_ROWS
            and id(passage) not in seen
        ):
            moved.append(passage)
    if moved:
        moved_ids = {id(p) for p in moved}
        result.context.extend(moved)
        result.related = [p for p in result.related if id(p) not in moved_ids]


MAX_TABLE_ROWS = 8  # a table about one item, not the agreement's whole table of arrangements


def _group(clause: Clause) -> int | None:
    """The clause itself, or for a table cell's heading the clause that holds the table."""
    return clause.parent if clause.level >= LEVEL_TABLE_CELL else clause.index


MAX_SUB_CLAUSES = 6  # an article split into a few run-in parts, not a chapter of articles


def _sub_clauses_of_an_anchored_article(result: Candidates, clauses: list[Clause]) -> None:
    """Run-in parts of one article ("10.1 Erbij komen.", "10.2 Veranderen.", "10.3 Stoppen." under
    "Pijler 10 - Groeien, veranderen en stoppen"): when a part has an anchor term of the item, a
    related paragraph in a sibling part counts with whatever elements it carries."""
    children: dict[int, int] = {}
    for clause in clauses:
        if clause.parent:
            children[clause.parent] = children.get(clause.parent, 0) + 1
    anchored_parents = {
        p.clause.parent
        for p in result.anchored
        if p.clause.parent and p.clause.heading and children.get(p.clause.parent, 0) <= MAX_SUB_CLAUSES
    }
    result.related_clause_members |= {
        id(p) for p in result.related if p.clause.heading and p.clause.parent in anchored_parents
    }


@lru_cache(maxsize=4096)
def _heading_sentence(title: str) -> Sentence:
    return Sentence.of(title)


def _nearest_claim(
    clause: Clause, own: set[int], others: set[int], by_index: dict[int, Clause]
) -> str | None:
    """For a clause in one of this item's sections, whose heading is nearest: "own" (this item's)
    or "other" (another item's sub-heading inside it: "Artikel 8 Leerlingen die de route verlaten"
    in "Hoofdstuk 3 Onderwijs en organisatie" is about the overstap, not the inrichting). None for
    a clause outside the item's sections."""
    nearest: str | None = None
    node: Clause | None = clause
    while node is not None:
        if node.index in own:
            return nearest or "own"
        if nearest is None and node.index in others:
            nearest = "other"
        node = by_index.get(node.parent) if node.parent is not None else None
    return None


def _under(clause: Clause, matched: set[int], by_index: dict[int, Clause]) -> bool:
    node: Clause | None = clause
    while node is not None:
        if node.index in matched:
            return True
        node = by_index.get(node.parent) if node.parent is not None else None
    return False


def heading_matches(title: str, aliases: tuple[str, ...]) -> bool:
    """Whether a heading's title is about one of the aliases: every content word of the alias
    matches a title word (fuzzy ratio >= HEADING_THRESHOLD, a prefix, or the tail of a compound)."""
    title_words = _title_words(title)
    if not title_words:
        return False
    matched = _matched_alias_words(title_words, aliases)
    return any(words and words <= matched for words in _alias_word_sets(aliases))


def heading_is(title: str, aliases: tuple[str, ...]) -> bool:
    """Whether the heading's title, word for word (by lemma), is one of the aliases."""
    return bool(aliases) and _lemma_words(title) in _whole_alias_words(aliases)


@lru_cache(maxsize=64)
def _whole_alias_words(aliases: tuple[str, ...]) -> frozenset[frozenset[str]]:
    return frozenset(_lemma_words(a) for a in aliases)


@lru_cache(maxsize=4096)
def _lemma_words(text: str) -> frozenset[str]:
    return _content_words(lemmatize_text(text))


@lru_cache(maxsize=4096)
def _title_words(title: str) -> tuple[str, ...]:
    """The title's content words and their lemmas, sorted (a stable cache key below)."""
    return tuple(sorted(_content_words(title) | _content_words(lemmatize_text(title))))


@lru_cache(maxsize=64)
def _alias_word_sets(aliases: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    return tuple(_content_words(alias) for alias in aliases)


@lru_cache(maxsize=64)
def _alias_vocabulary(aliases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(frozenset().union(*_alias_word_sets(aliases))))


MIN_AFFIX_LETTERS = 5  # an alias word shorter than this matches only itself or its own forms


@lru_cache(maxsize=16384)
def _matched_alias_words(title_words: tuple[str, ...], aliases: tuple[str, ...]) -> frozenset[str]:
    """The alias words that some title word matches: by fuzzy ratio (all pairs at once, in
    rapidfuzz's C code), or, for words of five letters or more, as a prefix or compound tail."""
    vocabulary = _alias_vocabulary(aliases)
    if not vocabulary:
        return frozenset()
    scores = process.cdist(vocabulary, title_words, scorer=fuzz.ratio, score_cutoff=HEADING_THRESHOLD)
    # A near miss is a typo or a spelling variant, unless both are words of their own:
    # "inlichtingen" (d) is no misspelt "inrichting" (e).
    rows, columns = scores.nonzero()
    matched = {
        vocabulary[i]
        for i, j in zip(rows.tolist(), columns.tolist(), strict=True)
        if scores[i, j] == 100 or not _different_words(vocabulary[i], title_words[j])
    }
    known = _alias_vocabulary_set(aliases)
    for other in title_words:
        # Alias words of five letters or more that start the title word, or end it as the tail
        # of a compound: looked up by the title word's own beginnings and endings.
        for k in range(MIN_AFFIX_LETTERS, len(other) + 1):
            head, tail = other[:k], other[len(other) - k :]
            if head in known:
                matched.add(head)
            if tail in known and tail not in matched and _compound_of(other, tail):
                matched.add(tail)
    return frozenset(matched)


@lru_cache(maxsize=16384)
def _different_words(alias_word: str, title_word: str) -> bool:
    """Whether two similar words are both known Dutch words with different lemmas and neither
    starts the other ("einde" and "eind", "uitval" and "uitvalt" are one word to a reader)."""
    if len(alias_word) < MIN_AFFIX_LETTERS:
        # a short word differs by a letter from many other words: "geldt" (it applies) is no "geld"
        return lemmatize_text(alias_word) != lemmatize_text(title_word)
    return (
        not alias_word.startswith(title_word)
        and not title_word.startswith(alias_word)
        and lemmatize_text(alias_word) != lemmatize_text(title_word)
        and is_known_word(alias_word)
        and is_known_word(title_word)
    )


@lru_cache(maxsize=64)
def _alias_vocabulary_set(aliases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_alias_vocabulary(aliases))


def _compound_of(word: str, tail: str) -> bool:
    """Whether `word` is a compound ending in `tail` ("projectleiding"), not merely a word that
    happens to end in it ("begeleiding"): the part before must itself be a word."""
    if not word.endswith(tail) or word == tail:
        return False
    head = word[: -len(tail)].rstrip("-")
    if head.endswith("s") and len(head) > 4:
        head = head[:-1]  # linking s: "samenwerkingsovereenkomst"
    return len(head) >= 3 and is_known_word(head)


@lru_cache(maxsize=4096)
def _content_words(text: str) -> frozenset[str]:
    processed = default_process(text)
    return frozenset(w for w in re.split(r"\s+", processed) if len(w) >= 3 and w not in _STOP)
