"""Lead's play, stop 47 (small47): a prompt written between quotes in the user's own list
('2. “Describe a project you’re proud of.”') is asked without them; a quote inside it is kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.importers import parse_markdown, parse_table
from interviewer.core.importers.text import ENCLOSING_QUOTES, unquoted

QUOTES = "".join(mark for pair in ENCLOSING_QUOTES for mark in pair) + "’"
inner_texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=QUOTES),
    min_size=1,
    max_size=40,
).filter(lambda t: t.strip() == t and t != "")
"""Text with no quote mark in it and no space at its ends."""


def test_a_quoted_numbered_line_is_asked_without_its_quotes() -> None:
    found = parse_markdown(
        "## Behavioural\n1. Tell me about a time you disagreed with your manager.\n"
        "2. “Describe a project you’re proud of.”\n"
    )
    assert [q.prompt for q in found.questions] == [
        "Tell me about a time you disagreed with your manager.",
        "Describe a project you’re proud of.",
    ]


def test_each_pair_of_enclosing_quotes_is_stripped_once() -> None:
    assert unquoted("“Why?”") == "Why?"
    assert unquoted('"Why?"') == "Why?"
    assert unquoted("‘Describe a project you’re proud of.’") == (
        "Describe a project you’re proud of."
    )
    assert unquoted("«Pourquoi?»") == "Pourquoi?"
    assert unquoted("„Warum?“") == "Warum?"
    assert unquoted("“‘Nested’ quotes?”") == "‘Nested’ quotes?"


def test_a_quote_inside_a_prompt_is_kept() -> None:
    for prompt in ("What does “idempotent” mean?", "“A” or “B”?", "“A” or “B”", "‘a’ vs ‘b’"):
        assert unquoted(prompt) == prompt


@settings(max_examples=80, deadline=None)
@given(inner_texts, st.sampled_from(ENCLOSING_QUOTES))
def test_the_inner_text_of_a_quoted_prompt_is_kept(inner: str, pair: tuple[str, str]) -> None:
    opening, closing = pair
    assert unquoted(opening + inner + closing) == inner
    # quoted inside a sentence, the quotes are the prompt's own
    inside = f"What does {opening}{inner}{closing} mean?"
    assert unquoted(inside) == inside
    side_by_side = f"{opening}{inner}{closing} or {opening}{inner}{closing}"
    assert unquoted(side_by_side) == side_by_side


@settings(max_examples=80, deadline=None)
@given(inner_texts)
def test_an_unquoted_prompt_is_unchanged(text: str) -> None:
    assert unquoted(text) == text


def test_the_account_of_lines_shows_the_prompt_as_it_will_be_asked() -> None:
    found = parse_markdown("## Behavioural\n2. “Describe a project you’re proud of.”\n")
    [question] = [entry for entry in found.account if entry.kind == "question"]
    assert question.note == "Describe a project you’re proud of."
    table = parse_table('question,answer\n"“What is an index?”",A sorted structure.\n')
    [row] = [entry for entry in table.account if entry.kind == "question"]
    assert row.note == "What is an index?"
    assert [q.prompt for q in table.questions] == ["What is an index?"]
