"""A bold line that already asks a question with "vs" ("**What is REST vs GraphQL?**") is kept
as it is written, not rewritten as a cheat-sheet pair ("What is the difference between What is
REST and GraphQL?", lead65, stop 53); cheat-sheet pairs ("**REST vs GraphQL**", "- **is vs
==**: ...", "- **When to use X vs Y**: ...") read as before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.importers import parse_markdown

ANSWER = "REST exposes resources at many endpoints; GraphQL serves one typed endpoint."


def _prompts(line: str) -> list[str]:
    return [q.prompt for q in parse_markdown(f"## Topic\n{line}\n{ANSWER}").questions]


@pytest.mark.parametrize(
    ("line", "prompt"),
    [
        ("**What is REST vs GraphQL?**", "What is REST vs GraphQL?"),
        ("**Which is faster, TCP vs UDP?**", "Which is faster, TCP vs UDP?"),
        ("__When would you pick Kafka vs RabbitMQ?__", "When would you pick Kafka vs RabbitMQ?"),
        ("**REST vs GraphQL**", "What is the difference between REST and GraphQL?"),
        ("**REST vs. GraphQL?**", "What is the difference between REST and GraphQL?"),
        ("- **is vs ==**: is compares identity.", "What is the difference between is and ==?"),
        (
            "- **When to use REST vs GraphQL**: when clients need flexible queries.",
            "What is the difference between When to use REST and GraphQL?",
        ),
    ],
)
def test_a_question_asked_with_vs_is_kept_and_a_pair_is_read_as_before(
    line: str, prompt: str
) -> None:
    assert _prompts(line) == [prompt]


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(("What is", "Which is better,", "When should you use", "How does")),
    st.lists(words, min_size=1, max_size=3),
    st.lists(words, min_size=1, max_size=3),
    st.sampled_from(("vs", "vs.", "versus")),
    st.sampled_from(("**{}**", "__{}__")),
)
def test_a_bold_question_with_vs_is_its_own_prompt(
    opening: str, first: list[str], second: list[str], word: str, bold: str
) -> None:
    asked = f"{opening} {' '.join(first)} {word} {' '.join(second)}?"
    assert _prompts(bold.format(asked)) == [asked]
