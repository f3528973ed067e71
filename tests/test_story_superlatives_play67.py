"""play67 (play66's note): "What is the biggest mistake you made at work, and what did you
learn?" imported self-rated beside STAR-graded stories. A question about the candidate's own
most or least something, named by a past verb after 'you' ('the hardest problem you have run
into'), or their biggest mistake, failure or achievement, asks for a story: `bank import` gives
it `rubric: star` (`core/story_prompts.py`, the one reading of a behavioural prompt).

The real list: an excerpt of yangshun/tech-interview-handbook (MIT), in
tests/data/import/tih_behavioural_excerpt.md (origin and licence in its first line and in
tests/data/import/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.importers import parse_markdown
from interviewer.core.story_prompts import is_behavioural

EXCERPT = Path(__file__).parent / "data" / "import" / "tih_behavioural_excerpt.md"


@pytest.mark.parametrize(
    "prompt",
    [
        "What is the biggest mistake you made at work, and what did you learn?",
        "What was the hardest decision you had to make?",
        "What's the biggest mistake you\u2019ve ever made?",
        "What is the hardest technical problem you have run into?",
        "What is your biggest mistake?",
        "What's your greatest achievement so far?",
    ],
)
def test_a_superlative_from_the_candidates_past_is_a_story(prompt: str) -> None:
    """Each was read as no story on the base."""
    assert is_behavioural(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "What is your greatest weakness?",
        "What is the best model you would pick for this?",
        "What is the largest batch you need to handle?",
        "What is the best way to fine-tune an LLM?",
        "What is the most challenging aspect of your current project?",
        "What is the biggest risk you see in RAG?",
        "What is the best book you read last year?",
        "What is the unit test you wrote for it?",
        "What is the latest request you handled?",
    ],
)
def test_a_superlative_that_asks_no_story_is_not_one(prompt: str) -> None:
    assert not is_behavioural(prompt)


def test_the_real_lists_superlatives_import_graded_by_star() -> None:
    """On the base the four superlative questions of the excerpt were self-rated: 4 of 16
    questions graded by STAR, now 8 (no answer in the list: a story is graded by structure)."""
    found = parse_markdown(EXCERPT.read_text(encoding="utf-8"), source=str(EXCERPT))
    star = [q.prompt for q in found.questions if q.rubric == "star"]
    assert len(found.questions) == 16
    assert star == [
        "Tell me about a time when you had a conflict with a co-worker.",
        "What was the most difficult bug that you fixed in the past 6 months?",
        "What is the most constructive feedback you have received in your career?",
        "Tell me about a time you met a tight deadline.",
        "Tell me about a problem you've had getting along with a work associate.",
        "What is the most exceedingly bad misstep you've made at any point?",
        "Tell me about a recent failure and what you learned from the experience",
        "What is the hardest technical problem you have run into?",
    ]


superlatives = st.sampled_from(
    ("biggest", "hardest", "worst", "most difficult", "most embarrassing", "toughest")
)
things = st.sampled_from(("mistake", "decision", "bug", "conflict", "failure", "project"))
past = st.sampled_from(("made", "had to make", "fixed", "faced", "led", "have run into"))
traits = st.sampled_from(("weakness", "strength", "skill", "quality"))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(("What is", "What was", "What's")), superlatives, things, past)
def test_any_own_superlative_with_a_past_verb_is_a_story(opening, most, thing, verb) -> None:
    assert is_behavioural(f"{opening} the {most} {thing} you {verb}?")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(("What is", "What's")), superlatives, traits)
def test_a_trait_is_no_story(opening, most, trait) -> None:
    assert not is_behavioural(f"{opening} your {most} {trait}?")
