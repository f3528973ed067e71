"""A claim written verb-then-object ("share the queries between heads") is not said where the
answer puts its object in the agent of that verb in the passive ("key-value heads shared by
groups of query heads": the query heads do the sharing), ties.agent_of_passive. Found on a
blind correct_probes48 answer of genai-037 (cp48-004) flagged with "share the queries between
heads"."""

from __future__ import annotations

import pytest
from clause_match import tie_verdict

from interviewer.core.bank import load_bank
from interviewer.core.grading.ties import agent_of_passive
from interviewer.resources import bundled_banks_dir

BANK = load_bank(bundled_banks_dir() / "genai.yaml")

CLAIM = "share the queries between heads"


@pytest.mark.parametrize(
    "text",
    [
        "In GQA a few key-value heads are shared by groups of query heads.",
        "Grouped-query attention sits in between, with key-value heads shared by the query heads.",
    ],
)
def test_the_object_as_agent_of_the_passive_is_not_the_claim(text: str) -> None:
    assert tie_verdict(agent_of_passive, CLAIM, text) is True


@pytest.mark.parametrize(
    "text",
    [
        "In GQA the queries are shared by the heads.",  # the object before the verb
        "GQA shares the queries between heads.",  # active: says it
        "The heads share the queries in GQA.",
    ],
)
def test_the_claim_said_is_kept(text: str) -> None:
    assert tie_verdict(agent_of_passive, CLAIM, text) is not True


def test_a_claim_in_the_passive_is_said_by_the_passive() -> None:
    # devset d0088, a wrong answer of the train split, keeps its misconception
    claim = "mode collapse is fixed by raising the learning rate of the generator"
    text = "Mode collapse is mostly fixed by raising the learning rate of the generator."
    assert tie_verdict(agent_of_passive, claim, text) is not True


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("In GQA a few key-value heads are shared by groups of query heads.", False),
        ("GQA shares the queries between heads.", True),
    ],
)
def test_graded_on_the_genai_bank(grader, text: str, flagged: bool) -> None:
    grade = grader.grade(BANK.get("genai-037"), text)
    wrong = [c for c in grade.contradictions if c.concept == "grouped-query attention"]
    assert bool(wrong) is flagged


def test_a_claim_with_be_is_said_by_a_passive_with_an_agent() -> None:
    # test_listed_and_past_claims: "each model is built by hand for one narrow task" says
    # "each model is built for one narrow task"
    claim = "each model is built for one narrow task"
    text = "It matters because each model is built by hand for one narrow task."
    assert tie_verdict(agent_of_passive, claim, text) is not True
