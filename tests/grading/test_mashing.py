"""Keyboard mashing (play29 F9: "asdf qwer zxcv" was graded 32.1 `weak` against a teacher's key,
with no flag): letters that spell no English word are `unreadable`; real English, technical
terms, code identifiers and acronyms are not."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader, grade_reference
from interviewer.core.grading.mashing import key_run, mashed_spelling, mashed_words
from interviewer.core.grading.text import Text

MASHED = (
    "asdf qwer zxcv sdlkfj xmcnvb jkjkjk hjkl ghfjdk lkjlkj dfgh fghj uiop qwerty zxcvbn poiuy "
    "lkjh mnbv ertyu jfjfjf kdkdkd wxyz"
).split()
REAL = (
    "banana photosynthesis plants fine yes oxygen glucose ukulele kayak jazz fjord rhythm "
    "zebra quixotic xgboost kubernetes pytorch numpy ollama llama mistral qlora faiss chroma "
    "pinecone gelu swiglu rope yarn alibi tiktoken wordpiece nvidia cuda triton deepspeed lora "
    "softmax layernorm rmsnorm vllm onnx dpo ppo"
).split()


@pytest.mark.parametrize("word", MASHED)
def test_keyboard_mashing_is_mashed(word: str) -> None:
    assert mashed_spelling(word)


@pytest.mark.parametrize("word", REAL)
def test_english_and_technical_words_are_not_mashed(word: str) -> None:
    assert not mashed_spelling(word)


def count(answer: str) -> int:
    text = Text.of(answer)
    return mashed_words(text, 0, len(text.words) - 1)


def test_acronyms_identifiers_and_bank_words_are_never_mashed() -> None:
    assert count("asdf") == 1
    assert count("ASDF HJKL GGUF") == 0  # acronyms
    assert count("getUserId zxcvBnm") == 0  # camelCase
    assert count("zxcv_hjkl np.zxcv x86 hjkl2") == 0  # identifiers, digits
    text = Text.of("hjkl zxcv")
    assert mashed_words(text, 0, 1, bank_words=frozenset({text.stems[0]})) == 1


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


@given(
    row=st.sampled_from(_ROWS),
    data=st.data(),
    backwards=st.booleans(),
)
def test_any_run_along_a_keyboard_row_is_mashed(
    row: str, data: st.DataObject, backwards: bool
) -> None:
    length = data.draw(st.integers(min_value=4, max_value=len(row)))
    start = data.draw(st.integers(min_value=0, max_value=len(row) - length))
    word = row[start : start + length]
    word = word[::-1] if backwards else word
    assert key_run(word) and mashed_spelling(word)


@given(st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=8))
def test_an_acronym_is_never_mashed(acronym: str) -> None:
    assert count(acronym) == 0


@given(
    st.text(alphabet=string.ascii_lowercase, min_size=1, max_size=6),
    st.text(alphabet=string.ascii_lowercase, min_size=1, max_size=6),
    st.sampled_from("_."),
)
def test_a_code_identifier_is_never_mashed(left: str, right: str, join: str) -> None:
    assert count(f"{left}{join}{right}") == 0


@given(st.text(min_size=0, max_size=40))
def test_the_reader_takes_any_text(answer: str) -> None:
    text = Text.of(answer)
    found = mashed_words(text, 0, len(text.words) - 1) if text.words else 0
    assert 0 <= found <= len(text.words)
    assert all(not mashed_spelling(w) for w in text.words if not w.isascii())


def test_mashing_in_the_bundled_bank_is_flagged_unreadable() -> None:
    bank = Catalog(None).find("genai")
    grader = Grader(bank)
    question = bank.get("genai-001")
    for answer in ("asdf qwer zxcv", "sdlkfj xmcnvb ghfjdk", "asdf qwer zxcv."):
        grade = grader.grade(question, answer)
        assert "unreadable" in grade.flags and grade.band == "missing", answer
    real = grader.grade(question, "RLHF PPO DPO KL")
    assert "unreadable" not in real.flags


def test_mashing_against_a_teachers_key_is_missing_and_flagged() -> None:
    key = "Plants use light energy to turn carbon dioxide and water into glucose and oxygen."
    for answer in ("asdf qwer zxcv", "hjkl sdlkfj ghfjdk"):
        grade = grade_reference("What is photosynthesis?", key, answer)
        assert "unreadable" in grade.flags and grade.band == "missing", answer
    right = grade_reference(
        "What is photosynthesis?", key, "Plants turn light, water and CO2 into glucose and oxygen."
    )
    assert "unreadable" not in right.flags and right.passed
