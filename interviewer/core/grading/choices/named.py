"""Which choice a multiple-choice answer names, read before the choice is graded (`graded.py`).
The choices are lettered A, B, C ... in order, or numbered 1, 2, 3 ... when the bank's `answer`
is a number; "a label" below is a letter among the choices' letters, or a number among theirs.

**Which choice the answer names** (`named_choice`). Only labels among the choices count.
  - *A leading label*: the answer opens (after spaces, quotes, `*`, `>`) with a label alone
    (`D`, `1`), followed by `:`, `.`, `)`, `,`, `;`, a dash or the end (`D:`, `D.`, `1) ...`;
    not a decimal: "1.5 seconds" names none), in parentheses (`(D)`, `(1)`), or followed by
    a space: any capital but `A` (`D because ...`), any number (`1 because ...`), and `A`
    only before "because", "since", "is" or "was" ("A because ...", "A is right"): "A
    closure ..." and "I think ..." open with a word, not a choice. Labels joined to it by
    "or", "and", "/" or "," (`A or D`, `B/C`, `1 or 3`) are named too.
  - *A named label anywhere*: "option D", "choice d", "option 1", "choice #2", "answer D",
    "answer: 1", "the answer is D" (a capital after "answer": "the answer is a closure" names
    none), "(D)" or "(1)" not joined to a word (`toFixed(1)` names none).
  - *Set aside*: a label named right after "not", "n't", "rather than" or "instead of" is
    not named ("D, not (A)" names D alone; "the answer is not B" names none); so are leading
    labels followed by "is not", "is wrong", "is incorrect", "isn't" (or "are ...", "aren't"):
    "B is not right, A is." names none (fix64, after review64: it named B).
  - *A quantity*: a leading number followed by a unit word (`UNIT_WORDS`: "times",
    "seconds", "items", "iterations", ...) names none: "2 times, because the condition fails
    at i = 2." is a count, not choice 2 (fix64); "2, because ..." and "2) ..." still name it.
  - *A choice's full text*, when no label is named: the answer opens with a choice's text
    (compared without case, backticks, quotes and punctuation; the longest such choice):
    "undefined and ReferenceError, because ..." names D.
  - Two different labels named (`A or D`, "option A ... (C)") is **no clear choice**; so is a
    leading number that is another choice's whole text too ("1" or "1 because ..." when
    choice 2 reads `1`: the label or that choice?), unless a keyword names it ("option 1"):
    its note says so ('"1" is choice 1 and the text of choice 2: write "option 1" or
    "option 2"'); "1, not (2)" names 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...bank import labels_for_choices

_LEAD = r"^[\s*_\"'`>\u201c\u2018]*"
_A_WORDS = r"(?:because|since|is|was)\b"
_SET_ASIDE_RE = re.compile(r"(?:\bnot|n't|\brather\s+than|\binstead\s+of)[\s,:]*$", re.I)
_DENIED_AFTER_RE = re.compile(
    r"\s*(?:is|are)\s+(?:not|wrong|incorrect)\b|\s*(?:isn't|aren't|isn\u2019t|aren\u2019t)", re.I
)
UNIT_WORDS = frozenset(
    """
    time times second seconds ms millisecond milliseconds minute minutes hour hours day days
    item items element elements byte bytes bit bits iteration iterations loop loops
    character characters char chars line lines step steps call calls value values
    argument arguments key keys property properties object objects word words
    row rows column columns
    """.split()
)
"""Words after a leading number that make it a quantity, not a label: "2 times, because ..."."""
_UNIT_AFTER_RE = re.compile(r"\s+([A-Za-z]+)\b")
_PLAIN_RE = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class _Patterns:
    bare: re.Pattern[str]
    joined: re.Pattern[str]
    named: re.Pattern[str]


@cache
def _patterns(numbered: bool) -> _Patterns:
    """The readings of a label: letters A-H (either case, capitals where a word could be
    meant), or numbers 1-8 (never part of a longer number or a decimal)."""
    if numbered:
        any_case = capital = r"[1-8]"
        end = r"(?![\d]|[.,]\d)"
        spaced = r"[1-8](?=\s+\S)"
    else:
        any_case, capital, end = r"[A-Ha-h]", r"[A-H]", r"(?!\w)"
        spaced = rf"[B-H](?=\s)|A(?=\s+{_A_WORDS})"
    bare = re.compile(
        _LEAD + rf"(?:\(({any_case})\)|({any_case}){end}(?=[*_]*(?:$|\s*[:.),;!?/])"
        rf"|\s+[-\u2013\u2014]\s|\s+(?:or|and)\s+\(?{any_case}\b)|({spaced}))"
    )
    joined = re.compile(rf"\s*(?:or|and|/|,)\s*\(?({any_case}){end}\)?", re.I)
    named = re.compile(
        rf"\b(?:[Oo]ption|OPTION|[Cc]hoice|CHOICE)\s*(?:#|no\.?|number)?\s*:?\s*\(?({any_case})"
        rf"{end}(?!\w)"
        rf"|\b(?:[Aa]nswer|ANSWER)(?:\s+is)?\s*:?\s*\(?({capital}){end}(?!\w)"
        rf"|(?<![\w$.])\(({capital})\)"
    )
    return _Patterns(bare, joined, named)


@dataclass(frozen=True)
class NamedChoice:
    """What an answer names: one label, or none (`letters` holds every label found)."""

    letter: str | None
    letters: tuple[str, ...] = ()
    number_or_text: str | None = None
    """A leading number that is also another choice's whole text ("1"), when one made it
    unclear."""

    @property
    def ambiguous(self) -> bool:
        return len(self.letters) > 1


def plain_text(text: str) -> str:
    """`text` lower-cased, its punctuation, backticks and quotes dropped, its spaces folded:
    how a choice's text is compared."""
    return " ".join(_PLAIN_RE.sub(" ", text.lower()).split())


def _keyword_matches(answer: str, patterns: _Patterns) -> tuple[list[str], set[str]]:
    """Labels named with a keyword ("option D", "the answer is 1") or in parentheses, and
    those set aside ("not (A)"), upper-case."""
    named: list[str] = []
    set_aside: set[str] = set()
    for m in patterns.named.finditer(answer):
        label = next(g for g in m.groups() if g).upper()
        if _SET_ASIDE_RE.search(answer[: m.start()]):
            set_aside.add(label)
        else:
            named.append(label)
    return named, set_aside


def named_choice(
    answer: str, count: int, texts: tuple[str, ...] = (), numbered: bool = False
) -> NamedChoice:
    """The choice `answer` names among `count` choices, lettered or `numbered` (their `texts`
    for a choice named by its text), by the rules of this module's docstring. Never raises."""
    allowed = labels_for_choices(count, numbered)
    patterns = _patterns(numbered)
    letters: list[str] = []
    unclear: tuple[str, ...] = ()  # the leading number and the choices whose text it is
    bare = patterns.bare.match(answer)
    if bare is not None:
        letters.append(next(g for g in bare.groups() if g))
        position = bare.end()
        while answer[position : position + 1] in (")", "*", "_") and position < len(answer):
            position += 1
        while (joined := patterns.joined.match(answer, position)) is not None:
            letters.append(joined.group(1))
            position = joined.end()
        unit = _UNIT_AFTER_RE.match(answer, bare.end()) if numbered else None
        if _DENIED_AFTER_RE.match(answer, position) is not None or (
            unit is not None and unit.group(1).lower() in UNIT_WORDS
        ):
            letters = []  # "B is not right, A is." sets B aside; "2 times" is a count
    keyword_named, set_aside = _keyword_matches(answer, patterns)
    if letters and numbered:  # "1" when another choice's text is "1": the label or that text?
        plains = {label: plain_text(text) for label, text in zip(allowed, texts, strict=False)}
        lead = letters[0]
        as_text = [
            label
            for label, text in plains.items()
            if text == lead != label and label not in set_aside  # "1, not (2)" says which
        ]
        if as_text and lead in allowed:
            unclear = (lead, *as_text)
        letters += as_text
    letters += keyword_named
    named = tuple(dict.fromkeys(x.upper() for x in letters if x.upper() in allowed))
    if len(named) == 1:
        return NamedChoice(named[0], named)
    if named:
        only_that = bool(unclear) and set(named) == set(unclear)
        return NamedChoice(None, named, unclear[0] if only_that else None)
    said = plain_text(answer)
    best: tuple[int, str] | None = None
    for label, text in zip(allowed, texts, strict=False):
        plain = plain_text(text)
        opens = plain and (said == plain or said.startswith(plain + " "))
        if opens and (best is None or len(plain) > best[0]):
            best = (len(plain), label)
    if best is not None:
        return NamedChoice(best[1], (best[1],))
    return NamedChoice(None)
