"""Answers not in English: the grader reads English, so such an answer is told so, plainly.

The rule (`looks_not_english`): the answer is read with its full-width letters as plain ones
(NFKC: "Ｈａｓｈ ｔａｂｌｅ" is English), its letters (str.isalpha: any script) as runs of
letters; a run counts as English when it is a word of english_words.txt or a function word
(text.STOP_WORDS), or is written as a name (a capital after its first letter: "TLS", "getId").
An answer looks not English when it has at least NOT_ENGLISH_MIN_LETTERS letters, fewer than
ENGLISH_SHARE_MIN of them are in English runs, and either most of its letters are of a script
other than Latin ("インデックスは検索を速くします", "Индекс ускоряет поиск") or it has at least
NOT_ENGLISH_MIN_RUNS runs in Latin letters ("Un índice acelera las búsquedas de datos").

Left alone: an English answer with typos or terms the list lacks ("teh index speeds up reads":
most of its letters are English words), a string of acronyms or code ("TLS HSTS", "getId()"),
a short Latin answer ("B-tree", "lru cache": fewer runs than NOT_ENGLISH_MIN_RUNS), keyboard
mashing (half its Latin runs or more mashed.mashed_spelling: "asdf qwer zxcv"), an English
answer quoting a foreign word ("it is called 'Schadenfreude'").

An answer that looks not English keeps its score and band; only its feedback becomes
NOT_ENGLISH_NOTE (`told_not_english`), in place of notes that read it as English ("The answer
key says its point with a negation ...", "a string of terms makes no claim"). A grade flagged
`unreadable` (flags.py: most of it could not be read) keeps its own note,
feedback.UNREADABLE_NOTE, which says so already.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .english_words import english_words
from .mashing import mashed_spelling
from .result import Grade
from .text import STOP_WORDS

NOT_ENGLISH_NOTE = "This answer does not look like English; the grader reads English answers."
"""The one note an answer that does not look like English is given."""
NOT_ENGLISH_MIN_LETTERS = 4
"""Fewer letters than this say nothing of a language ("はい", "ok")."""
ENGLISH_SHARE_MIN = 0.2
"""An answer with at least this share of its letters in English runs is read as English."""
NOT_ENGLISH_MIN_RUNS = 4
"""A Latin-letter answer needs at least this many runs of letters to be told it is not English
(a few unknown words are more often terms or typos than another language)."""
_RUNS_RE = re.compile(r"[^\W\d_]+")


def looks_not_english(text: str) -> bool:
    """Whether the answer has (almost) no English words (see the module docstring). Never
    raises on any text."""
    runs = _RUNS_RE.findall(unicodedata.normalize("NFKC", text))
    letters = sum(len(r) for r in runs)
    if letters < NOT_ENGLISH_MIN_LETTERS:
        return False
    # the English letters are counted only until they reach the share: most answers are
    # English and stop within their first words (the result is the same as counting all)
    need, english = ENGLISH_SHARE_MIN * letters, 0
    for run in runs:
        if _english(run):
            english += len(run)
            if english >= need:
                return False
    latin_runs = [r for r in runs if all(_latin(c) for c in r)]
    latin = sum(len(r) for r in latin_runs)
    if latin * 2 < letters:
        return True
    mashed = sum(1 for r in latin_runs if mashed_spelling(r.lower()))
    return len(latin_runs) >= NOT_ENGLISH_MIN_RUNS and mashed * 2 < len(latin_runs)


def told_not_english(grade: Grade, answer: str) -> Grade:
    """The grade with NOT_ENGLISH_NOTE as its only feedback when the answer looks not English;
    else the grade as it was. The score and the band are kept. A grade flagged `unreadable`
    (flags.py: most of it could not be read) keeps its own note, which says so already."""
    if "unreadable" in grade.flags or not looks_not_english(answer):
        return grade
    return replace(grade, feedback=(NOT_ENGLISH_NOTE,))


def _english(run: str) -> bool:
    """Whether a run of letters is an English word, a function word, or written as a name."""
    if not run.isascii() and not all(_latin(c) for c in run):
        return False
    word = run.lower()
    if word in STOP_WORDS or word in english_words():
        return True
    return any(c.isupper() for c in run[1:])


def _latin(char: str) -> bool:
    """Whether the letter is of the Latin script (accented letters too: "é", "ñ")."""
    if char.isascii():
        return True
    return unicodedata.name(char, "").startswith("LATIN")
