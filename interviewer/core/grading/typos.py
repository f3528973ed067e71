"""Typos: which misspellings of a word are forgiven, and an answer's misspelt words read as the
question's (optimal string alignment distance, rapidfuzz)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .english_words import is_english
from .negating_prefixes import negated_form
from .text import DIRECTION_WORDS, STOP_WORDS, Text, cached_stem
from .typo_english import english, may_read_as


def edits_allowed(word: str) -> int:
    """How many edits (optimal string alignment: a swap of neighbours is one) a misspelling of
    `word` may have: one from six letters on, two from ten; a word of four or five letters only
    a swap of neighbours (see near_pairs), so 'model' never matches 'modal'."""
    if len(word) >= 10:
        return 2
    return 1 if len(word) >= 4 else 0


@dataclass(frozen=True)
class FuzzyWords:
    """A question's phrase words that may match a misspelling, made once per question for
    `matching.Answer.look_up`."""

    pairs: tuple[tuple[str, str], ...]
    """(word, stem) of each, sorted."""
    unknown: dict[str, tuple[str, float] | None]
    """Each word -> None (no misspelling of it found): a copy starts an answer's look-ups."""
    by_head: dict[str, tuple[tuple[str, str], ...]]
    """The pairs by the word's first six letters."""
    by_stem: dict[str, tuple[str, ...]]
    """The words by their stem."""
    typable: bool
    """Whether every word allows an edit (edits_allowed, four letters on): near_pairs need not
    pick them, once per answer (speed59)."""

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, str]]) -> FuzzyWords:
        ordered = tuple(sorted(set(pairs)))
        by_head: dict[str, list[tuple[str, str]]] = {}
        by_stem: dict[str, list[str]] = {}
        for word, stem in ordered:
            by_head.setdefault(word[:6], []).append((word, stem))
            by_stem.setdefault(stem, []).append(word)
        return cls(
            ordered,
            dict.fromkeys(w for w, _ in ordered),
            {head: tuple(found) for head, found in by_head.items()},
            {stem: tuple(found) for stem, found in by_stem.items()},
            all(edits_allowed(w) > 0 for w, _ in ordered),
        )


def _is_swap(word: str, other: str) -> bool:
    """Whether `other` is `word` with two neighbouring letters swapped (the commonest typo)."""
    if len(word) != len(other):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == other[diff[1]]


def short_typo(word: str, choice: str, typos_in: str) -> bool:
    """Whether a word of four or five letters and a choice within one edit of it may be one
    word and its typo: two neighbouring letters swapped, or, where the typo ('words' or
    'choices', `typos_in`) is no English word (english_words.py), a letter doubled or dropped
    ("jsson" for "json") or a key struck beside the right one ("beaj" for "beam"): "modal" is
    no typo of "model", nor "nose" of "noise". A typo of three letters is never read as
    another word."""
    if _is_swap(word, choice):
        return True
    typo = word if typos_in == "words" else choice
    if is_english(typo):
        return False
    if len(word) == len(choice):
        return _next_key(word, choice)
    return min(len(word), len(choice)) >= 4


def closest_each(
    words: list[str], choices: list[str], typos_in: str = "words", *, typable: bool = False
) -> list[tuple[str, float] | None]:
    """For each word, the choice nearest to it within its allowed edits and the similarity
    (0-100), or None; one call into rapidfuzz for all of them. `typos_in` tells which of the
    two may be misspelt: 'words' (an answer's, read against the question's) or 'choices'.
    `typable`: every word is known to allow an edit (FuzzyWords.typable), none is picked."""
    result: list[tuple[str, float] | None] = [None] * len(words)
    best: dict[int, tuple[float, int]] = {}
    # pairs come row by row, columns ascending: the first of equally close choices wins
    for row, column, score in near_pairs(words, choices, typos_in, typable=typable):
        if row not in best or score > best[row][0]:
            best[row] = (score, column)
    for row, (score, column) in best.items():
        result[row] = (choices[column], round(100.0 * score, 1))
    return result


def near_pairs(
    words: list[str], choices: list[str], typos_in: str = "words", *, typable: bool = False
) -> list[tuple[int, int, float]]:
    """(word index, choice index, similarity 0-1) of every choice within the word's allowed
    edits (see edits_allowed), row by row, columns ascending; `typable`: see closest_each."""
    import numpy as np
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import cdist

    if typable:
        rows: Sequence[int] = range(len(words))
        tried = words
    else:
        rows = [i for i, w in enumerate(words) if len(w) >= 4]  # edits_allowed(w) > 0
        tried = [words[i] for i in rows]
    if not rows or not choices:
        return []
    distances = cdist(tried, choices, scorer=OSA.distance, score_cutoff=2, dtype=np.int32)
    # pairs within two edits are few (most calls have none): the edits each word allows
    # (edits_allowed) are checked on those alone, in Python
    pairs = []
    width = len(choices)
    for at in np.flatnonzero(distances <= 2).tolist():  # row by row, columns ascending
        row, column = divmod(at, width)
        word, choice = words[rows[row]], choices[column]
        distance = int(distances[row, column])
        if distance > edits_allowed(word):
            continue
        if len(word) < 6 and not short_typo(word, choice, typos_in):
            continue
        if cached_stem(word) in DIRECTION_WORDS or cached_stem(choice) in DIRECTION_WORDS:
            continue  # "lower" is never a typo of "higher", nor "encoder" of "decoder"
        answer_word, other = (word, choice) if typos_in == "words" else (choice, word)
        if negated_form(answer_word, other):
            continue  # "consistent" is no typo of "inconsistent" (negating_prefixes.py)
        pairs.append((rows[row], column, 1.0 - distance / max(len(word), len(choice))))
    return pairs


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOUR_KEYS = frozenset(
    a + b
    for r, row in enumerate(_ROWS)
    for c, a in enumerate(row)
    for other, columns in ((r, (c - 1, c + 1)), (r - 1, (c, c + 1)), (r + 1, (c - 1, c)))
    if 0 <= other < len(_ROWS)
    for k in columns
    if 0 <= k < len(_ROWS[other])
    for b in _ROWS[other][k]
)
"""Pairs of letters whose keys touch on a QWERTY keyboard ("nh": "ahd" is "and" mistyped)."""

_STOP_WORDS_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _word in sorted(STOP_WORDS):
    if len(_word) >= 3:
        _STOP_WORDS_BY_HEAD[_word[0]] = (*_STOP_WORDS_BY_HEAD.get(_word[0], ()), _word)


@lru_cache(maxsize=1 << 14)
def misspelt_stop_word(word: str) -> str | None:
    """The function word `word` (lower-case) is a typo of, or None: one of three letters or
    more, one edit from it and with its first letter ("thhey", "yuo", "liek", "doesnt"), while
    `word` is no English word (english_words.py). A typo of three letters must be two letters
    swapped or a key struck beside the right one ("teh", "ahd"), not any letter: "cnn" is no
    "can". The first function word in alphabetical order wins a tie."""
    from rapidfuzz.distance import OSA

    if len(word) < 3 or not word.replace("'", "").isalpha():
        return None
    for candidate in _STOP_WORDS_BY_HEAD.get(word[0], ()):
        if candidate == word or OSA.distance(word, candidate, score_cutoff=1) > 1:
            continue
        if len(word) == 3 and not (_is_swap(word, candidate) or _next_key(word, candidate)):
            continue
        # the word list is read last: most answers never need it
        return None if is_english(word) else candidate
    return None


def _next_key(word: str, other: str) -> bool:
    """Whether `other` is `word` with one letter struck on a neighbouring key."""
    if len(word) != len(other):
        return False
    diff = [(a, b) for a, b in zip(word, other, strict=True) if a != b]
    return len(diff) == 1 and diff[0][0] + diff[0][1] in _NEIGHBOUR_KEYS


BARE_CONTRACTIONS = {"cant": "can't", "wont": "won't"}
"""Negative contractions typed without their apostrophe whose letters also spell an English
word ("cant", jargon; "wont", habit), so misspelt_stop_word passes them over: in an answer they
are the contraction ("it cant tell whose orders are real" denies, and says "can't tell"), unless
a determiner makes them the noun ("as is their wont")."""
NOUN_MARKERS = frozenset("a an the this that his her its their our your my".split())
"""Words before which "cant" or "wont" is the noun, not a contraction."""


def bare_contraction(words: list[str], i: int) -> str | None:
    """The negative contraction the word at `i` is typed without its apostrophe (see
    BARE_CONTRACTIONS), or None."""
    right = BARE_CONTRACTIONS.get(words[i])
    if right is None or (i > 0 and words[i - 1] in NOUN_MARKERS):
        return None
    return right


def correct_stop_words(text: Text, *known: frozenset[str]) -> None:
    """Read a misspelt function word (misspelt_stop_word) as the function word: "Thhey combine
    text with images" is a sentence, not a list of the keywords "thhey", "combine", ...; and
    "doesnt" denies, as do "cant" and "wont" (bare_contraction). A word whose stem the bank uses
    (in one of `known`) or written with two capitals (an acronym: "DPO") is no typo. Its
    evidence is still what was typed (its span)."""
    words, stems, spans, raw = text.words, text.stems, text.spans, text.raw
    fixed = []
    for i in text.content[:2000]:
        stem = stems[i]
        for words_known in known:  # a loop, not any(): no generator made per word
            if stem in words_known:
                break
        else:
            right = bare_contraction(words, i) or misspelt_stop_word(words[i])
            if right is None:
                continue
            if sum(c.isupper() for c in raw[spans[i][0] : spans[i][1]]) < 2:
                text.set_word(i, right, cached_stem(right))
                fixed.append(i)
    if fixed:
        gone = set(fixed)
        text.content[:] = [i for i in text.content if i not in gone]


def _correct_stems(words: list[str], known: frozenset[str], fixes: dict[str, str | None]) -> None:
    """A misspelt word with an ending (no English word) whose stem is a typo of a vocabulary
    stem takes that stem: "taasks" is "task" (two edits from "task", one from its stem),
    "coveering" is "cover"."""
    inflected = [w for w in words if len(cached_stem(w)) >= 4 and cached_stem(w) != w]
    inflected = [w for w in inflected if not english(w)]
    if not inflected:
        return
    choices = sorted(s for s in known if len(s) >= 4)
    found = closest_each([cached_stem(w) for w in inflected], choices)
    for word, best in zip(inflected, found, strict=True):
        if best is not None:
            fixes[word] = best[0]


def correct_typos(
    text: Text,
    vocabulary: Mapping[str, str],
    vocabulary_words: list[str],
    known: frozenset[str],
    fixes: dict[str, str | None],
    bank_words: frozenset[str] = frozenset(),
    claim_stems: frozenset[str] = frozenset(),
) -> None:
    """Give a misspelt word the stem of the question's word it is closest to (a correctly
    spelled English word only when it is another form of that word: typo_english.py), and a
    misspelt function word its right spelling (correct_stop_words).

    Args:
        text: the answer; its stems are corrected in place.
        vocabulary: the question's content words -> their stems.
        vocabulary_words: those words of four letters or more, sorted.
        known: the stems of the vocabulary (a word with one of them is no typo).
        fixes: answer word -> the stem it is corrected to (None: none), remembered per
            question, since a correction depends only on the question's vocabulary.
        bank_words: the stems of the words the bank uses (none is a misspelt function word).
        claim_stems: the stems of the question's listed wrong claims (its concepts'
            `contradicts`, its misconceptions): a word a claim line writes is spelled as the
            line spells it, no typo of another word (genai-080 "trained adversarially" was read
            as the prompt's "adversarial", and the line 'diffusion models are trained
            adversarially' was not found; pron67's claim_stems, taken back then only for
            genai-134's line 'balanced across modalities', now gone).
    """
    correct_stop_words(text, known, bank_words)
    if not vocabulary_words:
        return
    words, stems = text.words, text.stems
    unknown = [
        i
        for i in text.content[:2000]
        if len(words[i]) >= 4
        and stems[i] not in known
        and stems[i] not in claim_stems
        and not words[i].isdigit()
    ]
    if not unknown:
        return
    new = sorted({words[i] for i in unknown} - fixes.keys())
    if new:
        if len(fixes) > 50_000:
            fixes.clear()
            new = sorted({words[i] for i in unknown})
        for word, best in zip(new, closest_each(new, vocabulary_words), strict=True):
            # a correctly spelled word is read only as another form of the question's word
            # (typo_english.py): "across" is never "cross", "retrievers" is "retriever"
            ok = best is not None and may_read_as(word, best[0])
            fixes[word] = vocabulary[best[0]] if best is not None and ok else None
        _correct_stems([w for w in new if fixes[w] is None], known, fixes)
    for i in unknown:
        fixed = fixes.get(words[i])
        if fixed is not None:
            stems[i] = fixed
