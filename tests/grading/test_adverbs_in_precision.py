"""Reference mode: an adverb that names nothing ("directly", "certainly": an -ly word of
generic_words.txt) is not one of the answer's words that precision weighs against the key's
(beetle56, landed by beetle57). "terminal 3 is directly connected to the negative terminal"
says the key's claim and nothing else, yet "directly", a word the key never uses, had taken it
from 79.4 to 69.0 and under the pass mark (SemEval-2013 Beetle train: "terminal 6 is directly
connected to the positive terminal", labelled correct, 66.4). A word that names another thing
still counts."""

from __future__ import annotations

from interviewer.core.grading import grade_reference

QUESTION = "Why does the meter read 0 volts across terminal 3 and the negative terminal?"
KEYS = [
    "Terminal 3 and the negative terminal are connected.",
    "Terminal 3 and the negative terminal are not separated by a gap.",
    "No gap lies between terminal 3 and the negative terminal.",
    "Terminal 3 is not connected to the positive terminal of the cell.",
    "Terminal 3 and the negative terminal share one electrical state.",
    "A gap separates terminal 3 from the positive terminal of the cell.",
    "Terminal 3 is wired to the negative terminal with nothing broken between them.",
]
PLAIN = "terminal 3 is connected to the negative terminal."


def _precision(grade) -> float:  # type: ignore[no-untyped-def]
    return next(p.value for p in grade.explanation if p.signal == "precision")


def test_an_adverb_that_names_nothing_costs_no_precision() -> None:
    plain = grade_reference(QUESTION, KEYS, PLAIN)
    for adverb in ("directly", "certainly"):
        said = grade_reference(
            QUESTION, KEYS, f"terminal 3 is {adverb} connected to the negative terminal."
        )
        assert _precision(said) == _precision(plain) == 1.0
        assert said.passed  # 69.0 before
        assert said.score == plain.score


def test_a_word_naming_another_thing_still_lowers_precision() -> None:
    grade = grade_reference(QUESTION, KEYS, PLAIN.rstrip(".") + " through the wire.")
    assert _precision(grade) < 1.0


def test_the_wrong_terminal_said_directly_still_fails() -> None:
    grade = grade_reference(
        QUESTION, KEYS, "terminal 3 is directly connected to the positive terminal."
    )
    assert not grade.passed
