"""Reference mode's changes said backwards: what the answer key turns into what, exchanged.

"Plants use light energy to turn oxygen and glucose into carbon dioxide and water" shared every
word with the key "Plants use light energy to turn carbon dioxide and water into glucose and
oxygen" and scored 93.2 `strong` (play29 F8): a change has a direction, its input and its
output, that no word of either side says. The key's own changes are read:

- a *change* is "turn / convert / change / transform / make / break / split / translate /
  map / combine A into B" (CHANGING), "from A to B" or "from A into B", and "A becomes B" or
  "A turns into B" (A then the content words before the verb in its clause, at most
  SIDE_WORDS);
- its *input* and *output* are the content words of A and of B: B runs to the end of its
  clause, a comma, or a word that ends it (ENDS: "which", "using", "by", ...), at most
  SIDE_WORDS words; a side of a list ("carbon dioxide and water") is one side;
- what tells the two sides apart is what one says and the other does not;
- an answer *says a change backwards* when a change of it (any of the forms) has at least half
  of what tells the key's output apart (and one) as its input, at least half of what tells the
  key's input apart as its output, and nothing of the key's input as input or of its output
  as output; and no change of the answer says it the key's way: both halves exchanged, as a
  swap of subjects is read in swaps.py;
- neither is read where it is denied, supposed ("if", "when", ...) or set aside ("unlike").

Each is a `Contradiction` as reversals/ makes; reference_scoring caps it as those.
"""

from __future__ import annotations

from dataclasses import dataclass

from .clauses import Structure
from .matching import Answer
from .matching.phrases import DIRECTION_MARKERS
from .result import Contradiction
from .reversals import CONDITIONS
from .text import Text, stem

CHANGING = frozenset(
    stem(w)
    for w in "turn convert change transform make break split translate map rewrite combine".split()
)
"""Verbs whose "A into B" is a change with a direction ("turn A into B")."""
BECOMING = frozenset(stem(w) for w in "become turn change".split())
"""Verbs whose subject is the input and whose "into" or object is the output ("A becomes B",
"A turns into B")."""
INTO = frozenset("into".split())
ENDS = frozenset(
    "which that who using by because since so while whereas but in at with for through during "
    "when where if unless via below above under over after before on from than".split()
)
"""Words that end a change's output: what follows says how, where or why."""
SIDE_WORDS = 6
"""A side of a change has at most this many words."""
SHARE = 0.5
"""An answer's side says a key side's distinctive words at this share (and at least one)."""


@dataclass(frozen=True)
class Change:
    """A change said in a text: its input and output (stems of content words), and where."""

    source: frozenset[str]
    target: frozenset[str]
    first: int
    last: int


def _gap(text: Text, i: int) -> str:
    """The characters between word i - 1 and word i."""
    return text.raw[text.spans[i - 1][1] : text.spans[i][0]]


def _stems(text: Text, first: int, last: int) -> frozenset[str]:
    content = set(text.content)
    return frozenset(text.stems[i] for i in range(first, last + 1) if i in content)


def _output(text: Text, start: int, last: int) -> int | None:
    """The last position of the output that starts at `start` (None if it has no words)."""
    end = start - 1
    for i in range(start, min(last, start + SIDE_WORDS - 1) + 1):
        if i > start and any(mark in _gap(text, i) for mark in ",;:()"):
            break
        if text.words[i] in ENDS:
            break
        end = i
    return end if end >= start else None


def _input_before(text: Text, first: int, at: int) -> int | None:
    """The first position of the input said before position `at` in its clause."""
    start = None
    for i in range(at - 1, max(first, at - SIDE_WORDS) - 1, -1):
        if any(mark in _gap(text, i + 1) for mark in ",;:()"):
            break
        if text.words[i] in ENDS:
            break
        start = i
    return start


def changes(text: Text, structure: Structure) -> list[Change]:
    """The changes said plainly in the text: not denied, supposed or set aside."""
    words, stems = text.words, text.stems
    supposed = {structure.sentences[i] for i, w in enumerate(words) if w in CONDITIONS | {"when"}}
    found: list[Change] = []
    for first, last in structure.units("clause"):
        if structure.sentences[first] in supposed or structure.dismissed([first]):
            continue
        for i in range(first, last + 1):
            if structure.negated(i):
                continue
            found += _at(text, first, last, i, stems[i], words[i])
    return [c for c in found if c.source and c.target and c.source != c.target]


def _at(text: Text, first: int, last: int, i: int, word_stem: str, word: str) -> list[Change]:
    """The change said at position i of the clause from `first` to `last`, if any."""
    words = text.words
    if word == "from":
        # "from A to B"
        for j in range(i + 1, min(last, i + SIDE_WORDS + 1) + 1):
            if words[j] in DIRECTION_MARKERS:
                end = _output(text, j + 1, last) if j < last else None
                if end is None or j == i + 1:
                    return []
                return [Change(_stems(text, i + 1, j - 1), _stems(text, j + 1, end), i, end)]
            if words[j] in ENDS or any(m in _gap(text, j) for m in ",;:()"):
                return []
        return []
    if word_stem not in CHANGING and word_stem not in BECOMING:
        return []
    if word_stem in BECOMING and i < last and (word_stem == stem("become") or words[i + 1] in INTO):
        # "A becomes B", "A turns into B"
        start = _input_before(text, first, i)
        at = i + 2 if words[i + 1] in INTO else i + 1
        end = _output(text, at, last) if at <= last else None
        if start is not None and end is not None:
            return [Change(_stems(text, start, i - 1), _stems(text, at, end), start, end)]
        return []
    if word_stem not in CHANGING:
        return []
    # "turn A into B"
    for j in range(i + 2, min(last, i + SIDE_WORDS + 1) + 1):
        if words[j] in INTO:
            end = _output(text, j + 1, last) if j < last else None
            if end is None:
                return []
            return [Change(_stems(text, i + 1, j - 1), _stems(text, j + 1, end), i, end)]
        if words[j] in ENDS or any(m in _gap(text, j) for m in ";:()"):
            return []
    return []


def reference_changes(reference: Text) -> list[tuple[Change, str]]:
    """The key's changes whose two sides say something apart, with the key's words."""
    return [
        (c, reference.quote(c.first, c.last))
        for c in changes(reference, Structure.of(reference))
        if c.source - c.target and c.target - c.source
    ]


def _enough(said: frozenset[str], wanted: frozenset[str]) -> bool:
    return len(said & wanted) >= max(1.0, SHARE * len(wanted))


def changes_backwards(keys: list[tuple[Change, str]], parsed: Answer) -> list[Contradiction]:
    """The key's changes that the answer says backwards, and never the key's way."""
    if not keys:
        return []
    text = parsed.text
    said = changes(text, parsed.structure)
    wrong: list[Contradiction] = []
    for key, quote in keys:
        into, out = key.source - key.target, key.target - key.source
        backwards = [
            c
            for c in said
            if _enough(c.source, out)
            and _enough(c.target, into)
            and not c.source & into
            and not c.target & out
        ]
        keyed = any(c.source & into and c.target & out for c in said)
        if backwards and not keyed:
            c = backwards[0]
            wrong.append(
                Contradiction(
                    concept=f"{quote} (said the other way round)",
                    evidence=(text.evidence(c.first, c.last),),
                    detail=f"the answer key says it the other way round: “{quote}”",
                )
            )
    return wrong
