"""Plain-language phrases found in a story: the matcher behind relevance.py and red_flags.py.

A phrase of a shipped list (themes.yaml, red_flags.yaml) is a few words, matched word by word
on stems ("argued" for "argue", "priorities" for "priority"), a misspelling of a word of six
letters or more forgiven (rapidfuzz, as typos.py allows), with three wildcards:

- `*` alone: any one word ("told * no" matches "told the VP no");
- `...`: up to three words, in the same sentence ("went over ... head");
- a word ending in `*`: any word starting so ("priorit*": prioritise, prioritize, priority);
- `*'s`: any possessive ("*'s fault": "the architect's fault").

A phrase said in the negative does not count: what a negation before it reaches ("no lost
messages", "I did not blame him", clauses.py; a "without" not past "and" and a past verb:
"deployed without testing and broke it" tells "broke") or what a rejecting phrase sets aside
("instead of blaming the intern"). A negation inside the phrase ("did not agree") is the
phrase's own.
`said_by_me` tells whether the candidate is the one doing it: the nearest subject before it in
its sentence is "I" or "we" ("I told the client it was done", not "my manager suggested
telling them it was done").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..clauses import Structure
from ..text import STOP_WORDS, Text, cached_stem
from ..typos import edits_allowed
from ..unit_spans import unit_end, unit_start

GAP_WORDS = 3
"""The most words `...` stands for."""
_FIRST_PERSON = frozenset("i we i'd we'd i've we've i'm we're".split())
_OTHER_SUBJECTS = frozenset(
    "he she they you he'd she'd they'd he's she's they're it's manager boss lead director "
    "client customer colleague teammate".split()
)
"""Subjects other than the candidate: the nearest one before a phrase says who did it."""
_NOT_POSSESSIVE = frozenset("it's he's she's that's what's there's here's who's let's".split())
_PREPOSITIONS = frozenset("for with to at on from in under alongside".split())
_NOBODY = frozenset(("nobody", "noone"))
"""Subjects that deny what follows them in their clause (the negations of clauses.py do not
hold them)."""
_MIN_FUZZY = 6
"""A word this long or longer may be misspelt by `edits_allowed` and still match."""


@dataclass(frozen=True)
class Phrase:
    """One phrase of a list, as written and as tokens."""

    text: str
    tokens: tuple[tuple[str, str], ...]
    """(kind, value): ('word', stem), ('prefix', start), ('possessive', ''): a word ending in
    "'s" ("the architect's fault"), ('any', ''), ('gap', '')."""


@dataclass(frozen=True)
class Hit:
    """Where a phrase was found in a text."""

    phrase: Phrase
    first: int
    last: int
    """Word positions, inclusive."""


def compile_phrases(texts: Iterable[str]) -> tuple[Phrase, ...]:
    """The phrases of a list, ready to match."""
    return tuple(_compile(text) for text in texts)


@lru_cache(maxsize=4096)
def _compile(text: str) -> Phrase:
    tokens: list[tuple[str, str]] = []
    for raw in text.lower().split():
        if raw == "*":
            tokens.append(("any", ""))
        elif raw == "*'s":
            tokens.append(("possessive", ""))
        elif raw == "...":
            tokens.append(("gap", ""))
        elif raw.endswith("*"):
            tokens.append(("prefix", raw[:-1]))
        else:
            tokens.append(("word", cached_stem(raw)))
    if not tokens or tokens[0][0] in ("any", "gap") or tokens[-1][0] in ("any", "gap"):
        raise ValueError(f"a phrase starts and ends with a word: {text!r}")
    return Phrase(text, tuple(tokens))


class Reader:
    """A text read once (words, stems, negation reach), searched for many phrases."""

    def __init__(self, text: str) -> None:
        self.text = Text.of(text)
        self.words = [w.replace("\u2019", "'") for w in self.text.words]
        self.structure = Structure.of(self.text)
        self._fuzzy: dict[tuple[int, str], bool] = {}
        self._at: dict[str, list[int]] = {}
        for i, (word, stem) in enumerate(zip(self.words, self.text.stems, strict=True)):
            self._at.setdefault(stem, []).append(i)
            if word != stem:
                self._at.setdefault(word, []).append(i)
        self._long: dict[str, list[int]] = {}
        for i, word in enumerate(self.words):
            if len(word) >= _MIN_FUZZY:
                self._long.setdefault(word[0], []).append(i)
        self._start_of: dict[tuple[str, str], list[int]] = {}

    def find(self, phrases: Iterable[Phrase], *, negated: bool = False) -> Iterator[Hit]:
        """Every place a phrase is said, in order of phrases then position; said in the
        negative too when `negated`."""
        for phrase in phrases:
            for first in self._starts(phrase.tokens[0]):
                last = self._match(phrase.tokens, 0, first)
                if last is None:
                    continue
                if negated or not self.said_in_negative(first, last):
                    yield Hit(phrase, first, last)

    def _starts(self, token: tuple[str, str]) -> list[int]:
        """The positions where a phrase's first word may stand (remembered per token)."""
        known = self._start_of.get(token)
        if known is not None:
            return known
        kind, value = token
        if kind in ("prefix", "possessive"):
            found = [i for i in range(len(self.words)) if self._word(i, kind, value)]
        else:
            exact = set(self._at.get(value, ()))
            if len(value) >= _MIN_FUZZY:
                long = self._long.get(value[0], ())
                exact.update(i for i in long if self._word(i, kind, value))
            found = sorted(exact)
        self._start_of[token] = found
        return found

    def said_in_negative(self, first: int, last: int) -> bool:
        """Whether a negation before the phrase reaches it, or a rejecting or dismissing
        phrase sets it aside ("instead of blaming", "it was a mistake to hide it")."""
        reach = self.structure.reach[first]
        if 0 <= reach < first and not self._own_act_after_without(reach, first):
            return True
        clauses = self.structure.clauses
        i = first - 1
        while i >= 0 and clauses[i] == clauses[first]:
            if self.words[i] in _NOBODY:  # "nobody left the team"
                return True
            i -= 1
        return self.structure.dismissed(list(range(first, last + 1)))

    def _own_act_after_without(self, negation: int, first: int) -> bool:
        """Whether the "without" at `negation` stops before `first` at "and" or "then" and a
        past verb: "I deployed without running the tests and broke the staging database" tells
        that it broke (star65: a told mistake read as denied, its story capped as off the
        question); "without testing and reviewing it" stays denied."""
        from .actions import is_past

        words = self.words
        return words[negation] == "without" and any(
            words[k] in ("and", "then") and is_past(words[k + 1])
            for k in range(negation + 1, first)
        )

    def said_by_me(self, first: int) -> bool:
        """Whether the nearest subject before `first`, in its sentence, is 'I' or 'we'."""
        words, sentences = self.words, self.structure.sentences
        i = first - 1
        while i >= 0 and sentences[i] == sentences[first]:
            if words[i] in _FIRST_PERSON and not self._relative(i):
                return True
            if words[i] in _OTHER_SUBJECTS or self.text.stems[i] in _OTHER_SUBJECTS:
                return False
            i -= 1
        return False

    def _relative(self, i: int) -> bool:
        """Whether the 'I' or 'we' at `i` opens a relative clause ("a company we worked for
        emailed our CEO"): right after a noun of its clause, its verb ending on a preposition
        ("we worked for"), where "while he was away I merged it" is the candidate's."""
        words = self.words
        if (
            i == 0
            or i + 2 >= len(words)
            or self.structure.clauses[i - 1] != self.structure.clauses[i]
        ):
            return False
        before = words[i - 1]
        return (
            before not in STOP_WORDS
            and not before.endswith("ly")
            and words[i + 1] not in _PREPOSITIONS
            and words[i + 2] in _PREPOSITIONS
        )

    def sentence(self, position: int) -> str:
        """The writer's own sentence holding the word at `position`."""
        sentences = self.structure.sentences
        first, last = unit_start(sentences, position), unit_end(sentences, position)
        return self.text.evidence(first, last).strip()

    def quote(self, hit: Hit) -> str:
        """The words the phrase matched, as written."""
        return self.text.quote(hit.first, hit.last)

    def _match(self, tokens: tuple[tuple[str, str], ...], t: int, i: int) -> int | None:
        """The position of the last word matched when tokens[t:] match from word `i`."""
        words, sentences = self.words, self.structure.sentences
        if i >= len(words):
            return None
        kind, value = tokens[t]
        if kind == "gap":
            for skip in range(GAP_WORDS + 1):
                j = i + skip
                if j >= len(words) or sentences[j] != sentences[i - 1]:
                    return None
                last = self._match(tokens, t + 1, j)
                if last is not None:
                    return last
            return None
        if t and sentences[i] != sentences[i - 1]:
            return None
        if kind != "any" and not self._word(i, kind, value):
            return None
        return i if t + 1 == len(tokens) else self._match(tokens, t + 1, i + 1)

    def _word(self, i: int, kind: str, value: str) -> bool:
        word, stem = self.words[i], self.text.stems[i]
        if kind == "prefix":
            return word.startswith(value)
        if kind == "possessive":
            return word.endswith("'s") and word not in _NOT_POSSESSIVE
        if stem == value or word == value:
            return True
        if len(value) < _MIN_FUZZY or len(word) < _MIN_FUZZY or word[0] != value[0]:
            return False
        key = (i, value)
        if key not in self._fuzzy:
            from rapidfuzz.distance import OSA

            self._fuzzy[key] = OSA.distance(stem, value) <= edits_allowed(value)
        return self._fuzzy[key]
