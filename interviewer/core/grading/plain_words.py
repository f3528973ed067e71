"""Plain words read as the answer key's term: "can be changed" for the key's "mutable".

First for reference mode (an answer key of the user's own has no rubric to list aliases): an answer
that says "all or nothing" where the key says "atomicity", or "at the same time" where it says
"concurrent", was told "Not detected: the term 'atomicity'" and graded weak (play27 M5). A
table written by the team (plain_words.txt), the same for every bank, lists the plain wordings
of common technical terms. A run of the answer's words that says one of them is read as the
term when the answer key (its references and keywords, not the question) uses one of the
term's forms and never says that wording itself; a negation before it stays ("not at the
same time" is read "not concurrent"). The run becomes the key's own word(s) for the term,
each standing where the run stands, so that what is quoted is the candidate's own words, and
every later reading (key terms, similarity, swaps, reversals) sees the term. A rubric's
question reads them too, its key being its references and its concepts' names and aliases
("one word at a time" where an alias says "autoregressive"); the length signal counts the
run's words as written (scoring/length.content_length).

In reference mode the table is read both ways too: a key that says one of a term's wordings and
none of its forms ("inserts and updates are slower") has the answer's forms of the term ("writes
cost more") read as the key's words for that wording (`PlainWords.of(..., both_ways=True)`).

A wording with a "~" says the term of the thing after it, told by a doer of no account before
it ("you can modify a tuple"): the run from the doer to the thing is read as the thing and the
term ("tuple mutable"), so that swaps.py finds the side of the thing it is said of (the play27
answer "You can modify a tuple ..., but a list is fixed forever" swaps the key's "A list is
mutable ... while a tuple is immutable", and had passed above the right answer).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from importlib import resources

from .text import STOP_WORDS, Text
from .text.function_words import ARTICLES, POSSESSIVES

REFERENCE_ONLY = "[reference]"
"""A table line that begins with this is read in reference mode only (a teacher's own key): a
wording that says the term in the plain sentences of a key but not among a rubric's listed
claims ("separate" for "different": a rubric's wrong claim "agents are separate fine-tuned
models" is no claim about anything being different, beetle59)."""
AGENTS = frozenset("you we one people users i".split())
"""Doers of no account before a "~" wording: "you can modify a tuple" says the tuple can be
modified."""
SLOT = "~"

Stems = tuple[str, ...]


@dataclass(frozen=True)
class PlainTerm:
    """A technical term of the table, in all its forms, and its plain wordings, each as its
    stems (articles left out)."""

    forms: tuple[Stems, ...]
    wordings: tuple[Stems, ...]
    said_of: tuple[Stems, ...]
    """The wordings with a "~" (see the module docstring), without it."""
    reference_only: bool = False
    """Read in reference mode only (REFERENCE_ONLY)."""


@cache
def plain_terms() -> tuple[PlainTerm, ...]:
    """The table of plain_words.txt (read once)."""
    text = resources.files(__package__).joinpath("plain_words.txt").read_text("utf-8")
    terms = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        reference_only = line.startswith(REFERENCE_ONLY)
        forms, _, wordings = line.removeprefix(REFERENCE_ONLY).partition("|")
        written = [w.strip() for w in wordings.split(";") if w.strip()]
        terms.append(
            PlainTerm(
                tuple(_stems_of(f) for f in forms.split(",") if f.strip()),
                tuple(_stems_of(w) for w in written if not w.endswith(SLOT)),
                tuple(_stems_of(w.rstrip(SLOT)) for w in written if w.endswith(SLOT)),
                reference_only,
            )
        )
    return tuple(terms)


def _stems_of(text: str) -> Stems:
    return tuple(s for _, s in _stems(Text.of(text)))


def _stems(text: Text) -> list[tuple[int, str]]:
    """(index, stem) of each word of the text but the articles."""
    return [
        (i, s)
        for i, (w, s) in enumerate(zip(text.words, text.stems, strict=True))
        if w not in ARTICLES
    ]


def _find(stems: Sequence[str], wanted: Stems) -> int:
    """Where `wanted` stands in a row in `stems` (-1: nowhere)."""
    size = len(wanted)
    for start in range(len(stems) - size + 1):
        if tuple(stems[start : start + size]) == wanted:
            return start
    return -1


def _key_wording(
    term: PlainTerm,
    keys: Sequence[Text],
    key_rows: Sequence[Sequence[str]],
    key_stems: set[str],
    read_as: Callable[[Stems], Stems],
    wordings: dict[Stems, tuple[tuple[str, str], ...]],
) -> None:
    """Where the key says one of the term's plain wordings (and none of its forms): each form
    of the term, read as the key's words for that wording (the first the key says)."""
    for said in map(read_as, term.wordings):
        if not said or not key_stems.issuperset(said):
            continue
        for key, row in zip(keys, key_rows, strict=True):
            start = _find(row, said)
            if start < 0:
                continue
            indices = [i for i, _ in _stems(key)][start : start + len(said)]
            found = tuple((key.words[i], key.stems[i]) for i in indices)
            for form in map(read_as, term.forms):
                if form and form not in wordings:
                    wordings[form] = found
            return


@dataclass(frozen=True)
class PlainWords:
    """The plain wordings an answer to one question may say for its key's terms."""

    wordings: dict[Stems, tuple[tuple[str, str], ...]]
    """A wording's stems -> the key's words for its term, each with its stem."""
    said_of: dict[Stems, tuple[tuple[str, str], ...]]
    """The same for the wordings with a "~" (see the module docstring), without the "~"."""
    longest: int = 0

    @classmethod
    def of(
        cls,
        prompt: str,
        key_texts: Sequence[str],
        canon: Mapping[str, str] | None = None,
        *,
        both_ways: bool = False,
    ) -> PlainWords:
        """The wordings to read for a key of `key_texts` (its references and keywords)
        answering `prompt` (see the module docstring). With `both_ways` (reference mode) a key
        that says a term in plain words ("inserts and updates are slower") has the term read
        as its wording ("writes cost more"), when the key never says the term itself."""
        asked = set(Text.of(prompt, canon=canon).content_stems())
        keys = [Text.of(t, canon=canon) for t in key_texts]
        key_rows = [[s for _, s in _stems(k)] for k in keys]
        key_stems = {s for row in key_rows for s in row}
        wordings: dict[Stems, tuple[tuple[str, str], ...]] = {}
        said_of: dict[Stems, tuple[tuple[str, str], ...]] = {}

        def read_as(stems: Stems) -> Stems:
            return tuple(canon.get(s, s) for s in stems) if canon else stems

        for term in plain_terms():
            if term.reference_only and not both_ways:
                continue  # a rubric's question does not read it
            forms = [read_as(f) for f in term.forms]
            if any(set(stems) <= asked for stems in forms):
                continue  # the question's own term ("concurrency" of "concurrent")
            found: tuple[tuple[str, str], ...] = ()
            for stems in forms:
                if not key_stems.issuperset(stems):
                    continue
                for key, row in zip(keys, key_rows, strict=True):
                    start = _find(row, stems)
                    if start >= 0:
                        indices = [i for i, _ in _stems(key)][start : start + len(stems)]
                        found = tuple((key.words[i], key.stems[i]) for i in indices)
                        break
                if found:
                    break
            if not found and both_ways:
                _key_wording(term, keys, key_rows, key_stems, read_as, wordings)
            if not found:
                continue
            for table, said in ((wordings, term.wordings), (said_of, term.said_of)):
                for stems in map(read_as, said):
                    said_by_key = key_stems.issuperset(stems) and any(
                        _find(r, stems) >= 0 for r in key_rows
                    )
                    if stems not in table and not said_by_key:
                        table[stems] = found
        longest = max(map(len, [*wordings, *said_of]), default=0)
        return cls(wordings, said_of, longest)

    def read(self, text: Text) -> Text:
        """The text with each plain wording of a key term read as the term (the same text
        when it says none)."""
        if not self.wordings and not self.said_of:
            return text
        row = _stems(text)
        stems = [s for _, s in row]
        runs: list[tuple[int, int, tuple[tuple[str, str], ...]]] = []
        firsts = self._firsts
        at = 0
        for start in [k for k, s in enumerate(stems) if s in firsts]:  # no wording starts elsewhere
            if start < at:  # inside the run read last
                continue
            at = start
            for size in range(min(self.longest, len(row) - at), 0, -1):
                said = tuple(stems[at : at + size])
                first, last = row[at][0], row[at + size - 1][0]
                thing = self._thing(text, first, last) if said in self.said_of else None
                if thing is not None and (not runs or runs[-1][1] < first - 1):
                    # "you can modify a tuple": the tuple, then the term
                    term = ((text.words[thing], text.stems[thing]), *self.said_of[said])
                    runs.append((first - 1, thing, term))
                    at = next(k for k, (i, _) in enumerate(row) if i == thing)
                    break
                plain = self.wordings.get(said)
                if plain is None:
                    continue
                runs.append((first, last, plain))
                at += size - 1
                break
            at += 1
        if not runs:
            return text
        return self._replaced(text, runs)

    @cached_property
    def _firsts(self) -> frozenset[str]:
        """The first stem of every wording: a run is looked up only where one of them stands
        (the look-up of every run at every word was 5% of grading time)."""
        return frozenset(stems[0] for stems in [*self.wordings, *self.said_of] if stems)

    @staticmethod
    def _thing(text: Text, first: int, last: int) -> int | None:
        """The thing a "~" wording from `first` to `last` is said of: the content word after
        it (articles and owners passed over), when a doer of no account (AGENTS) says it."""
        if first == 0 or text.words[first - 1] not in AGENTS:
            return None
        at = last + 1
        while at < len(text.words) and text.words[at] in ARTICLES | POSSESSIVES:
            at += 1
        if at >= len(text.words) or text.words[at] in STOP_WORDS:
            return None
        return at

    @staticmethod
    def _replaced(text: Text, runs: list[tuple[int, int, tuple[tuple[str, str], ...]]]) -> Text:
        """The text with each run of words (first, last) replaced by the words given, each
        standing where the run stands."""
        words: list[str] = []
        spans: list[tuple[int, int]] = []
        word_stems: list[str] = []
        done = 0
        for first, last, term in runs:
            words += text.words[done:first]
            spans += text.spans[done:first]
            word_stems += text.stems[done:first]
            span = (text.spans[first][0], text.spans[last][1])
            for word, stem in term:
                words.append(word)
                spans.append(span)
                word_stems.append(stem)
            done = last + 1
        words += text.words[done:]
        spans += text.spans[done:]
        word_stems += text.stems[done:]
        content = [i for i, w in enumerate(words) if w not in STOP_WORDS]
        return replace(text, words=words, spans=spans, content=content, stems=word_stems)
