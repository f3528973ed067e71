"""The one limit on the length of an answer, and the words that say it.

An answer is read up to MAX_ANSWER_CHARS characters wherever it comes from: the answer box
cuts a longer paste there, `interviewer grade` grades the first MAX_ANSWER_CHARS characters of
a longer line (the grade's feedback says so), and `bank import` refuses a longer answer (a bank
holding one would not load). It is the grader's own limit (`grading.text.MAX_ANALYSED_CHARS` is
this constant): before stop 46 the answer box cut at 50,000 while only 20,000 were
graded, and told the user two rules.
"""

from __future__ import annotations

MAX_ANSWER_CHARS = 20_000
"""The longest answer read, in characters (a reference answer in a bank too)."""


def answer_limit_said() -> str:
    """The limit as every message about it words it."""
    return f"answers are limited to {MAX_ANSWER_CHARS:,} characters (the most the grader reads)"


def answer_cut_message() -> str:
    """Said when the answer box cuts a paste."""
    said = answer_limit_said()
    return f"{said[0].upper()}{said[1:]}; the rest was cut."


def answer_too_long(length: int) -> str:
    """Said when an answer of `length` characters is refused."""
    return f"the answer is {length:,} characters; {answer_limit_said()}: shorten it"
