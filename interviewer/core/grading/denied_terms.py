"""What a reference denies: the content words in reach of its negations, which an answer must
speak to before its lack of a negation reads as saying the opposite."""

from __future__ import annotations

from .antonyms import ANTONYMS
from .clauses import Structure
from .text import STOP_WORDS, Text, stem
from .text.function_words import STATEMENT_JOINS


def _denial(structure: Structure, negator: int) -> set[int]:
    """The positions of what one negation denies: its reach, and the words before it back to
    its clause's start, a comma or a joining word ("keys must be hashable and cannot repeat"
    denies "repeat" only; "so a list cannot be a key" denies a list being one)."""
    text = structure.text
    said = {i for i, n in enumerate(structure.reach) if n == negator}
    j = negator - 1
    while (
        j >= 0
        and structure.clauses[j] == structure.clauses[negator]
        and text.words[j] not in STATEMENT_JOINS
        and "," not in text.raw[text.spans[j][1] : text.spans[j + 1][0]]
    ):
        said.add(j)
        j -= 1
    return said


OPPOSED = frozenset(w for w in STOP_WORDS if stem(w) in ANTONYMS)
"""Function words with an opposite in antonyms.py ("same": "different"): denied, such a word
says its opposite ("not in the same path" is in a different one), so `denied_stems(...,
opposites=True)` keeps it in what a denial names."""
_OPPOSED_STEMS = tuple(sorted({stem(w) for w in OPPOSED}))
"""Their stems, as a tuple: the same words as OPPOSED today, kept apart as stems."""


def stated_opposites(text: Text) -> frozenset[str]:
    """The stems of the OPPOSED words the text says ("same" in "B and C are in the same
    path"): what a reference states besides its content words, for an answer's denial of them
    to be read against (`denies_stated`)."""
    return frozenset(text.stems[i] for i, w in enumerate(text.words) if w in OPPOSED)


def denied_stems(
    text: Text, question_stems: frozenset[str], opposites: bool = False
) -> frozenset[str]:
    """The stems the text says only in what its negations deny (`_denial`), not the
    question's: "keys must be hashable and cannot repeat" denies {"repeat"}, "a dict is a
    hash table, so a list cannot be a key" {"list"}; "key" is said outside a denial too, and
    so names no denial of its own. With `opposites`, an OPPOSED function word is read as a
    word a denial names: "bulb A is not in the same path as bulb B" denies {"same", "path"}
    (beetle58), not "path" alone."""
    structure = Structure.of(text)
    inside: set[int] = set()
    for negator in structure.negators:
        inside |= _denial(structure, negator)
    content = set(text.content)
    if opposites:
        content |= {i for i, w in enumerate(text.words) if w in OPPOSED}
    denied = {text.stems[i] for i in inside & content}
    plain = {text.stems[i] for i in content - inside}
    return frozenset(denied - plain - question_stems)


def speaks_to_denial(answer_stems: frozenset[str], denied: frozenset[str]) -> bool:
    """Whether an answer with no negation says something the reference denies: only then can
    it read as saying the opposite. A reference whose denied words are all said plainly too
    (`denied` empty) is spoken to by any answer, as before."""
    return not denied or bool(answer_stems & denied)


def denies_stated(denied: frozenset[str], stated: frozenset[str]) -> bool:
    """Whether an answer with a negation denies what a reference with none states: every word
    it denies (`denied_stems` of the answer) is one the reference says. Reference mode reads a
    short answer's negation as saying the opposite of the key only when one of the key's
    references is so denied: "bulbs a and c are not in a closed path" denies what "bulbs A and
    C are in a closed path" states; "bulb B is not in the same path as bulbs A and C" denies B
    sharing a path with A and C, which neither that reference nor "bulb B is in a separate
    path" states (beetle57: on SemEval-2013 train this lifted 43 correct Beetle answers past
    the pass mark against 36 incorrect ones, SciEntsBank 17 against 10). An answer whose
    negations deny no word of their own (`denied` empty) is read as before."""
    return not denied or denied <= stated


def says_denied_opposite(answer_stems: frozenset[str], denied: frozenset[str]) -> bool:
    """Whether an answer with no negation says the opposite of an OPPOSED word the reference
    denies, and so says what the reference says in other words: "switch Y is in a different
    path than bulb A" against "switch Y and bulb A are not in the same path" (beetle58)."""
    return any(ANTONYMS[s] & answer_stems for s in _OPPOSED_STEMS if s in denied)


COMMENT_SHARE = 0.5
"""Share of a denial an answer must say to speak to it when the reference's denial only
comments on a claim it makes plainly (relative_denials.comments): one word of it is no saying
it. Not for every denial: on SemEval-2013 Beetle train, asking half of every key's denied words
raised 78 incorrect answers (9.8 points on average, none past the pass mark) against 13
correct ones (ref46)."""


def speaks_to_comment(answer_stems: frozenset[str], denied: frozenset[str]) -> bool:
    """`speaks_to_denial` for a reference whose every denial is a comment: the answer says at
    least COMMENT_SHARE of the denied words ("It needs one contiguous block of memory." does,
    "It stores nodes scattered in memory" does not, against "..., which does not need one
    contiguous block of memory")."""
    if not denied:
        return True
    return len(answer_stems & denied) >= max(1.0, COMMENT_SHARE * len(denied))
