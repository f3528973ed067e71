"""Terminal escape sequences in an answer are read as the blanks they take, not as words, and
quotes of the answer leave them out; a quote of a marked-up answer starts on a whole word
(play care43)."""

from __future__ import annotations

import re

import pytest
from test_nearest import nearest_quotes

from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader, grade_reference
from interviewer.core.grading.text import Text

QLORA = (
    "NF4 stores weights in 4 bits with levels at the quantiles of a normal distribution, double "
    "quantization quantizes the scaling constants themselves, and paged optimizers move "
    "optimizer state to CPU memory during memory spikes."
)
KEY = (
    "NF4 is a 4-bit data type whose levels sit at quantiles of a normal distribution, so it "
    "stores normally distributed weights in 4 bits with little error."
)
ESCAPES = ("\x1b", "\x9b", "\x9d", "\x07")


def coloured(text: str) -> str:
    """`text` with every word in red, as a terminal's copy of coloured output holds it."""
    return re.sub(r"(\w+)", "\x1b[31m\\1\x1b[0m", text)


@pytest.fixture(scope="module")
def genai():
    bank = Catalog(None).find("genai")
    return bank, Grader(bank)


@pytest.mark.parametrize(
    "answer",
    [coloured(QLORA), "\x1b[1m" + QLORA.replace(", ", ",\x1b]0;title\x07 ") + "\x1b[0m"],
    ids=["every-word-coloured", "bold-and-titles"],
)
def test_an_answer_with_escape_sequences_grades_as_the_plain_one(genai, answer) -> None:
    bank, grader = genai
    question = bank.get("genai-183")
    plain, escaped = grader.grade(question, QLORA), grader.grade(question, answer)
    assert "unreadable" not in escaped.flags
    assert escaped.score == plain.score
    assert [m.evidence for m in escaped.matched] == [m.evidence for m in plain.matched]
    shown = " ".join([*escaped.feedback, *(e for m in escaped.matched for e in m.evidence)])
    assert not [c for c in ESCAPES if c in shown], shown


def test_reference_mode_reads_an_answer_with_escape_sequences_as_the_plain_one() -> None:
    prompt = "What does NF4 contribute to QLoRA?"
    answer = "NF4 stores weights in 4 bits with levels at the quantiles of a normal distribution."
    plain = grade_reference(prompt, [KEY], answer)
    escaped = grade_reference(prompt, [KEY], coloured(answer))
    assert "unreadable" not in escaped.flags
    assert escaped.score == plain.score
    assert escaped.band == plain.band


def test_a_quote_leaves_the_escape_sequences_out_and_keeps_one_space() -> None:
    text = Text.of("the quantiles\x1b[0m of a\x1b[1mnormal\x1b[0m \x1b[31mdistribution\x1b[0m.")
    assert text.words == Text.of("the quantiles of a normal distribution.").words
    assert text.quote(1, len(text.words) - 1) == "quantiles of a normal distribution"
    assert text.evidence(1, len(text.words) - 1) == "quantiles of a normal distribution"


def test_an_unfinished_title_sequence_blanks_no_more_than_its_opening() -> None:
    assert Text.of("\x1b]0;NF4 stores weights").words == ["0", "nf4", "stores", "weights"]


def test_a_nearest_quote_of_a_marked_up_answer_starts_on_a_whole_word(genai) -> None:
    bank, grader = genai
    answer = "[bold]NF4[/bold] stores weights in 4 bits."
    quotes = nearest_quotes(grader.grade(bank.get("genai-183"), answer).feedback)
    assert quotes == ["[bold]NF4[/bold] stores weights in 4 bits"]
