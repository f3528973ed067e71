"""para59 (issue 8): an acronym and its words are one way of saying a key's term, both ways.

play58 found a teacher's imported bank whose concept "LIFO" was not credited by "Last in, first
out: push adds on top ...". A grade key's keywords are now read as its references are
(acronyms.py: the answer respelt), and a rubric's concepts are given the other spelling as an
alias (acronym_aliases.py): an acronym in capitals said in full, a term's words as its acronym;
initials read strictly (no article inside the term), an order of arrival across its comma.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run_captured as run

from interviewer.core.bank import Concept, load_bank
from interviewer.core.grading import Grader, grade_reference
from interviewer.core.grading.acronym_aliases import strict_initials, with_acronym_aliases

STACK = "How do you add and take items on a stack?"
STACK_KEY = "Push adds an item on top and pop removes the item on top."
ALIGN = "How are chat models tuned to what people prefer?"
ALIGN_KEY = "People rank answers, a reward model learns their ranking, the model is tuned on it."


def matched(prompt: str, key: str, keywords: list[str], answer: str) -> list[str]:
    grade = grade_reference(prompt, [key], answer, keywords=keywords)
    return sorted(m.concept for m in grade.matched)


def test_a_keyword_acronym_is_credited_by_its_words_across_the_comma() -> None:
    answer = "Last in, first out: push adds on top and pop removes the top."
    assert "LIFO" in matched(STACK, STACK_KEY, ["LIFO", "push", "pop"], answer)


def test_a_keyword_order_written_out_is_credited_by_its_initials() -> None:
    answer = "It is LIFO: push adds on top and pop removes the top."
    found = matched(STACK, STACK_KEY, ["last in, first out", "push", "pop"], answer)
    assert "last in, first out" in found


def test_the_other_order_is_not_credited() -> None:
    answer = "First in, first out: push adds on top and pop removes the top."
    assert "LIFO" not in matched(STACK, STACK_KEY, ["LIFO", "push", "pop"], answer)
    answer = "It is FIFO: push adds on top and pop removes the top."
    found = matched(STACK, STACK_KEY, ["last in, first out", "push", "pop"], answer)
    assert "last in, first out" not in found


def test_a_keyword_term_with_a_preposition_inside_is_credited_by_its_acronym() -> None:
    answer = "RLHF: people rank answers and a reward model learns what they prefer."
    keyword = "reinforcement learning from human feedback"
    assert keyword in matched(ALIGN, ALIGN_KEY, [keyword, "reward model"], answer)


def test_a_keyword_acronym_is_credited_by_its_words_with_a_preposition_inside() -> None:
    answer = "Reinforcement learning from human feedback: people rank answers for a reward model."
    assert "RLHF" in matched(ALIGN, ALIGN_KEY, ["RLHF", "reward model"], answer)


def test_a_hyphened_keyword_is_credited_by_its_acronym() -> None:
    prompt = "How can a model answer from documents newer than its training?"
    key = "It fetches the documents that match the question and gives them to the model."
    keyword = "retrieval-augmented generation"
    assert keyword in matched(prompt, key, [keyword], "RAG fetches them for the model.")


def test_initials_never_cross_an_article() -> None:
    found = strict_initials("they lean on the language model; it transcribes the speech")
    assert "llm" not in found and "tts" not in found
    assert strict_initials("reinforcement learning from human feedback")["rlhf"] == (
        "reinforcement learning from human feedback"
    )
    assert "qkv" not in strict_initials("queries, keys and values")  # a comma ends a run


def test_rubric_aliases_both_ways_and_none_for_the_question_acronym() -> None:
    concepts = with_acronym_aliases(
        [
            Concept("LIFO"),
            Concept("FIFO queue"),
            Concept("reinforcement learning from human feedback"),
            Concept("ASR stage", aliases=("transcribes the speech",)),
            Concept("RAG pipeline"),
        ],
        ["A TTS stage reads it aloud; RLHF tunes it on rankings."],
        asked=["rag"],
    )
    assert [c.aliases for c in concepts] == [
        ("last in first out",),
        (),  # an acronym inside a longer phrase keeps the phrase specific
        ("RLHF",),
        ("transcribes the speech",),  # no article inside a term: not "TTS"
        (),  # the question's own acronym is read as it is
    ]


BANK_CSV = """question,answer
What is a stack?,"A stack holds items: push adds one on top, pop removes the top one."
How are chat models tuned to what people prefer?,"With RLHF: people rank answers, a reward model learns their ranking, and the model is tuned on it."
"""  # noqa: E501
RUBRIC = """bank: ds
questions:
  {first}:
    concepts:
      - name: LIFO
        weight: 3
      - name: push
      - name: pop
  {second}:
    concepts:
      - name: reinforcement learning from human feedback
        weight: 3
      - name: reward model
        weight: 2
"""


@pytest.fixture
def imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A teacher's bank imported from a CSV, with a rubric of their own beside it."""
    source = tmp_path / "ds.csv"
    source.write_text(BANK_CSV, encoding="utf-8")
    bank_file = tmp_path / "ds.yaml"
    code, _, err = run(["bank", "import", str(source), "--id", "ds", "-o", str(bank_file)], capsys)
    assert code == 0, err
    first, second = (q.id for q in load_bank(bank_file).questions)
    rubric = RUBRIC.format(first=first, second=second)
    (tmp_path / "ds.rubric.yaml").write_text(rubric, encoding="utf-8")
    return bank_file


def test_an_imported_bank_credits_its_acronym_said_in_full(imported: Path) -> None:
    bank = load_bank(imported)
    grader = Grader(bank)
    stack, align = bank.questions
    grade = grader.grade(stack, "Last in, first out: push adds on top and pop removes the top.")
    assert grade.key_terms == "rubric" and "LIFO" not in grade.not_said
    grade = grader.grade(stack, "First in, first out: push adds at the back, pop takes the front.")
    assert "LIFO" in grade.not_said
    grade = grader.grade(align, "RLHF: a reward model learns from people's rankings of answers.")
    assert "reinforcement learning from human feedback" not in grade.not_said
