"""Answer keys written as instructions: their words about the answer are no key terms.

A teacher's key often says what a good answer does rather than what is so: "A good answer names
a real mistake and takes ownership of it ...". Its words about the answer and the candidate
("names", "real", "candidate's", "concretely", "STAR shape") are not the subject, and no
candidate says them; taken as key terms they told good answers they missed 'names'.

The rule (`meta_positions`): a key is written as instructions when it names who or what it
instructs (INSTRUCTING_RE): an answer or a response judged by the word before it and followed
by a verb in -s or a modal ("a good answer names", "an ideal response should"), "the
answer/response should|must", or a candidate, interviewee or applicant as a person ("the
candidate should", "the candidate's own skills", "an interviewee"; not "candidate tokens", "the
candidate set"). In such a key these words are meta-language wherever they are written: the
instructing phrase with its verb ("a good answer groups", "the candidate would"), and the words
of instruction_words.txt: the -s forms of the verbs that say what the answer does ("names",
"explains", "describes", "mentions"), how it says it ("concretely", "should", "example"), an
adjective about the story right before the word it describes ("a *real* mistake", "a
*concrete* situation"), and the STAR shape ("STAR method"). None of them is a key term, alone
or in a phrase; the words they describe stay ("ownership", "checklist", "trade-offs").

Left alone: a key that names no answer or candidate ("An index speeds up reads; the answer is a
B-tree" names no judged answer; "The response time grows" is no instruction), where every word
is read as before (a bank's technical keys do not change: "DNS names", "real numbers"); the
words' other forms ("name", "naming", "list", "state": they name things); an adjective of the
list not followed by another word ("the data must be real.").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ..text import Text

_GRADING = __name__.rsplit(".", 2)[0]
"""The package instruction_words.txt is shipped in (interviewer.core.grading)."""

_JUDGING = "good|strong|ideal|excellent|great|best|complete|solid|full|perfect|thorough"
_DOES = r"(?:[a-z]+s|should|must|ought|needs?\s+to|will|would|can|could|may|might)\b"
"""What follows who or what is instructed: a verb in -s ("names") or a modal ("should")."""
INSTRUCTING_RE = re.compile(
    rf"\b(?:an?|the)\s+(?:(?:very|really)\s+)?(?:{_JUDGING})\s+(?:answer|response|reply)\s+{_DOES}"
    rf"|\b(?:the|an?|this|your)\s+(?:answer|response)\s+(?:should|must|ought|needs?\s+to)\b"
    rf"|\b(?:the|an?)\s+(?:candidate|interviewee|applicant)\s+{_DOES}"
    r"|\b(?:candidate|interviewee|applicant)['’]s\b"
    r"|\b(?:interviewees?|applicants?)\b",
    re.IGNORECASE,
)
"""What a key written as instructions says of who or what it instructs."""


@cache
def instruction_words() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, ...], ...]]:
    """instruction_words.txt read once: (words, words meta only before another, phrases)."""
    text = resources.files(_GRADING).joinpath("instruction_words.txt").read_text("utf-8")
    entries = [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]
    words = frozenset(w for w in entries if "_" not in w and not w.startswith("^"))
    before = frozenset(w[1:] for w in entries if w.startswith("^"))
    phrases = tuple(tuple(w.split("_")) for w in entries if "_" in w)
    return words, before, phrases


def is_instruction_key(reference: str) -> bool:
    """Whether the key names who or what it instructs (see the module docstring)."""
    return INSTRUCTING_RE.search(reference) is not None


def meta_positions(ref: Text) -> frozenset[int]:
    """The positions of the key's words (ref.words) that are meta-language: none unless the key
    is written as instructions (see the module docstring)."""
    raw = ref.raw
    if not is_instruction_key(raw):
        return frozenset()
    words, before, phrases = instruction_words()
    found: set[int] = set()
    for match in INSTRUCTING_RE.finditer(raw):
        start, end = match.span()
        found.update(k for k, (a, _) in enumerate(ref.spans) if start <= a < end)
    plain = [_plain(w) for w in ref.words]
    count = len(plain)
    for k, word in enumerate(plain):
        if word in words or (word in before and k + 1 < count and _spaced(ref, k)):
            found.add(k)
        for phrase in phrases:
            if tuple(plain[k : k + len(phrase)]) == phrase:
                found.update(range(k, k + len(phrase)))
    return frozenset(found)


def _plain(word: str) -> str:
    """The word in lower case with a possessive "'s" left off ("candidate's")."""
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


def _spaced(ref: Text, index: int) -> bool:
    """Whether word `index` is followed by the next with only spaces between (a phrase)."""
    between = ref.raw[ref.spans[index][1] : ref.spans[index + 1][0]]
    return bool(between) and between.isspace() and "\n" not in between
