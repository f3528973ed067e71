"""Instructions under a question (`- Use the STAR format`, `- Mention a metric`) are lines of
its prompt, which the candidate reads with it (play55: one `?` bullet followed by instruction
bullets became a question whose reference answer was "Use the STAR format / Mention a metric").
An answer's points that open with the same verbs (`- Use an index`) stay its answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.importers import parse_markdown
from interviewer.core.importers.instructions import is_instruction

STAR = """\
## Behavioural

- Tell me about a time you missed a deadline?
- Use the STAR format.
- Mention a metric.

- What is RAG?
"""


def test_instruction_bullets_are_lines_of_the_question() -> None:
    found = parse_markdown(STAR)
    first, second = found.questions
    assert first.prompt == (
        "Tell me about a time you missed a deadline?\nUse the STAR format.\nMention a metric."
    )
    assert first.answer == "" and first.rubric == "star"
    assert second.prompt == "What is RAG?"
    kinds = {entry.line: (entry.kind, entry.note) for entry in found.account}
    assert kinds[4] == kinds[5] == ("question", "part of question 1 (an instruction)")
    assert found.warnings == []


def test_indented_instructions_then_an_answer() -> None:
    text = (
        "1. Tell me about a project you led?\n"
        "   - Use the STAR format.\n"
        "   - Keep it under two minutes.\n"
        "   I led the billing migration; costs fell by 30%.\n"
    )
    [question] = parse_markdown(text).questions
    assert question.prompt.splitlines()[1:] == [
        "Use the STAR format.",
        "Keep it under two minutes.",
    ]
    assert question.answer == "I led the billing migration; costs fell by 30%."


def test_an_answers_points_stay_the_answer() -> None:
    text = "- How do you speed up a slow query?\n- Use an index\n- Keep transactions short\n"
    [question] = parse_markdown(text).questions
    assert question.prompt == "How do you speed up a slow query?"
    assert question.answer == "- Use an index\n- Keep transactions short"
    # after a line of the answer, an instruction-like bullet is a point of it
    text = "- Tell me about a conflict?\n  We disagreed on scope.\n- Mention the result.\n"
    [question] = parse_markdown(text).questions
    assert "Mention the result." not in question.prompt


def test_a_bullet_that_asks_on_its_own_is_kept_apart_or_named() -> None:
    text = "- What would you check?\n- Explain briefly.\n"
    found = parse_markdown(text)
    assert found.questions[0].prompt == "What would you check?\nExplain briefly."
    assert [w.line for w in found.warnings] == [2]
    assert "read as an instruction of question 1" in found.warnings[0].message
    # "Describe your biggest failure." is a question of its own, not an instruction
    assert not is_instruction("Describe your biggest failure.", asks=True)
    assert is_instruction("Explain your reasoning.", asks=True)


def test_is_instruction_examples() -> None:
    for text in ("Use the STAR format", "Mention a metric.", "Be specific", "Don't list examples",
                 "Focus on your role", "Quantify the impact.", "Be brief"):  # fmt: skip
        assert is_instruction(text), text
    for text in ("Use an index", "Keep transactions short", "What is RAG?", "Mention?",
                 "Use the STAR format and then explain every step of the result in detail "
                 "with numbers"):  # fmt: skip
        assert not is_instruction(text), text


# -- property ------------------------------------------------------------------------------

INSTRUCTIONS = st.sampled_from(
    [
        "Use the STAR format",
        "Mention a metric",
        "Keep it under two minutes",
        "Be specific",
        "Focus on your role",
        "Quantify the impact",
        "Include one example",
        "Avoid jargon in your answer",
    ]
)
QUESTIONS = st.sampled_from(
    [
        "Tell me about a time you missed a deadline?",
        "What is retrieval-augmented generation?",
        "How would you design a rate limiter?",
        "Why do transformers use positional encodings?",
    ]
)


@settings(max_examples=80, deadline=None)
@given(
    QUESTIONS,
    st.lists(INSTRUCTIONS, min_size=1, max_size=4),
    st.sampled_from(["-", "*", "+"]),
    st.sampled_from(["", "  "]),
    st.sampled_from(["", "."]),
    st.booleans(),
    st.booleans(),
)
def test_instructions_always_join_their_question(
    question: str,
    instructions: list[str],
    mark: str,
    indent: str,
    end: str,
    answered: bool,
    heading: bool,
) -> None:
    """Any bullet question followed by 1-4 instruction bullets (top-level or indented, any
    marker, with or without a period), then an answer or not, under a heading or not: one
    question whose prompt is the question and the instructions in order, whose answer is only
    the answer, and no line left out or warned."""
    lines = ["## Prep", ""] if heading else []
    lines.append(f"{mark} {question}")
    lines += [f"{indent}{mark} {text}{end}" for text in instructions]
    if answered:
        lines.append("  It is the answer, written under the question.")
    found = parse_markdown("\n".join(lines) + "\n")
    [imported] = found.questions
    assert imported.prompt.splitlines() == [question, *(f"{t}{end}" for t in instructions)]
    assert imported.answer == ("It is the answer, written under the question." if answered else "")
    assert found.warnings == []
    assert all(entry.kind != "ignored" or entry.note == "blank" for entry in found.account)
