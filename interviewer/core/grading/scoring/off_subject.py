"""What of an answer is no answer: its sentences off the question's subject, those not read at
all (another language, lorem ipsum, keyboard mashing), and the non-answer flags they feed."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..flags import answer_flags, could_restate
from ..listed import list_items
from ..mashing import mashed_words
from ..matching import Answer
from ..prepared import PreparedQuestion
from ..restated import spelled_out
from ..text import NUMBER_WORDS, STOP_WORDS, Text

OFF_SUBJECT_MIN_WORDS = 10
"""A sentence of fewer known content words always counts: too short to judge its subject."""
ON_SUBJECT_SHARE = 0.25
"""A sentence counts towards length when this share of its content words is on the question's
subject (chosen on the dev split: 0.15-0.30 tried, by sentence and by segment)."""


def flag_non_answers(
    flags: list[str],
    parsed: Answer,
    prepared: PreparedQuestion,
    coverage: float,
    word_cos: float,
    char_cos: float,
    said: list[int] | None = None,
) -> frozenset[int]:
    """Adds the answer's non-answer flags; returns the positions of its sentences off the
    question's subject, which do not hide a keyword string ("LoRA, adapters, PEFT. In practice
    teams should evaluate everything on their own data."). `said`: flags.said_once of the
    answer, when the caller has it."""
    off, unread = _off_and_unreadable(parsed, prepared)
    answer_flags(
        flags,
        parsed.text,
        parsed.structure,
        prepared.question_stems,
        coverage,
        word_cos,
        char_cos,
        ignore=off,
        unread=unread,
        said=said,
        list_asked=prepared.asks_for_list,
        subject=prepared.on_subject,
        # what the answer spells out of the question's acronyms matters only to an answer that
        # could be a restatement (answer_flags: under a quarter of the rubric, little in common
        # with the references); reading it was 6.5% of grading time on every answer
        asked=prepared.restated_stems | spelled_out(parsed.text, prepared.question_acronyms)
        if could_restate(coverage, word_cos)
        else prepared.restated_stems,
    )
    return off


def off_subject(parsed: Answer, prepared: PreparedQuestion) -> frozenset[int]:
    """Word positions of the sentences that are off the question's subject: sentences of at
    least OFF_SUBJECT_MIN_WORDS known content words of which under ON_SUBJECT_SHARE are used by
    the question's reference or rubric (not by the question itself, and not common across the
    bank). Words the bank never uses (a misspelling, a rare name) count neither for nor
    against. Such sentences add nothing to the length signal: padding ("teams should monitor
    results in production and keep iterating") does not raise a grade."""
    return _off_and_unreadable(parsed, prepared)[0]


def _off_and_unreadable(
    parsed: Answer, prepared: PreparedQuestion
) -> tuple[frozenset[int], frozenset[int]]:
    """`off_subject`, and the positions of the sentences among them that are not read at all
    (`_unreadable`: another language, lorem ipsum) and are written as sentences, ending in
    ".", "!" or "?" ("[bold]ATP[/bold] <script>alert(1)</script> energy" is not one)."""
    text = parsed.text
    on_subject, bank_words = prepared.on_subject, prepared.bank_words
    content, stems, words = text.content, text.stems, text.words  # content ascending
    off: set[int] = set()
    unread: set[int] = set()
    for first, last in parsed.structure.units("sentence"):
        inside = content[bisect_left(content, first) : bisect_right(content, last)]
        known = [stems[i] for i in inside if stems[i] in bank_words]
        on = sum(w in on_subject for w in known)
        # a number spelt out is English whether or not the bank spells it ("Thirty-two bits:
        # four bytes." against a key of "32 bits" had been told it was not read at all)
        spelt = sum(1 for i in inside if stems[i] not in bank_words and words[i] in NUMBER_WORDS)
        if _unreadable(text, first, last, len(inside) - len(known) - spelt):
            off.update(range(first, last + 1))
            if _written_as_sentence(text, last) or _mashed(text, first, last, bank_words):
                unread.update(range(first, last + 1))
        elif len(known) >= OFF_SUBJECT_MIN_WORDS and on < ON_SUBJECT_SHARE * len(known):
            off.update(range(first, last + 1))
    return frozenset(off), frozenset(unread)


UNREADABLE_MIN_WORDS = 3
"""A sentence with at least this many content words the bank never uses, making at least half
of its content words, and almost no English function word (under UNREADABLE_FUNCTION_SHARE of
its words), is not read: another language, lorem ipsum or noise ("Die Katze schläft auf dem
Sofa") adds nothing to the length signal (play26: two German sentences lifted an answer from 80
to 100). No sentence of the 1,209 graded answers of the train, dev and fresh-dev splits is one."""
UNREADABLE_FUNCTION_SHARE = 0.15


def _written_as_sentence(text: Text, last: int) -> bool:
    """Whether the sentence whose last word is at `last` ends in ".", "!" or "?"."""
    end = text.spans[last][1]
    return text.raw[end : end + 2].strip()[:1] in (".", "!", "?")


def _unreadable(text: Text, first: int, last: int, unknown: int) -> bool:
    """Whether the sentence from `first` to `last`, holding `unknown` content words the bank
    never uses, is one the grader cannot read (see UNREADABLE_MIN_WORDS)."""
    if unknown < UNREADABLE_MIN_WORDS:
        return False
    content = bisect_right(text.content, last) - bisect_left(text.content, first)
    if unknown * 2 < content:
        return False
    words = text.words[first : last + 1]
    function = sum(1 for w in words if w in STOP_WORDS)
    if function >= UNREADABLE_FUNCTION_SHARE * len(words):
        return False
    # a list of terms has no function words either: "Availability, Consistency, Integrity,
    # Distribution." is English, a keyword string, not another language (play29 F5)
    listed = list_items(text.raw[text.spans[first][0] : text.spans[last][1]])
    return 2 * sum(len(item) for item in listed) < len(words)


MASHED_MIN_WORDS = 2
"""A sentence with at least this many mashed words (mashing.py), making at least half of its
content words, is keyboard mashing ("asdf qwer zxcv"), read as not read at all whether or not
it ends as a sentence does: it had been graded 32.1 `weak` against a teacher's key, with no
flag (play29 F9)."""


def _mashed(text: Text, first: int, last: int, bank_words: frozenset[str]) -> bool:
    """Whether the unreadable sentence from `first` to `last` is keyboard mashing (see
    MASHED_MIN_WORDS)."""
    mashed = mashed_words(text, first, last, bank_words)
    content = bisect_right(text.content, last) - bisect_left(text.content, first)
    return mashed >= MASHED_MIN_WORDS and 2 * mashed >= content
