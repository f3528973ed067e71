"""neg64: a prevention denied says its act (denied_prevention.py): "the mask fails to stop a
token from attending to future tokens" says that the token attends."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.denied_prevention import failed_purpose
from interviewer.core.grading.text import Text


def _reach(sentence: str) -> dict[str, int]:
    text = Text.of(sentence)
    structure = Structure.of(text)
    return dict(zip(text.words, structure.reach, strict=False))


@pytest.mark.parametrize(
    "sentence",
    [
        "The mask fails to stop a token from attending to future tokens.",
        "The mask does not stop a token from attending to future tokens.",
        "The mask is unable to keep the token from attending to future tokens.",
    ],
)
def test_the_act_of_a_denied_prevention_is_out_of_the_negation(sentence: str) -> None:
    reach = _reach(sentence)
    assert reach["token"] >= 0  # what the prevention names stays in the negation's reach
    assert reach["attending"] == -1
    assert reach["future"] == -1


@pytest.mark.parametrize(
    "sentence",
    [
        "The mask does not always stop a token from attending to future tokens.",  # a degree
        "It does not protect the model from attackers.",  # "from" + a noun
        "It is not the mask that stops a token from attending to future tokens.",  # relative
    ],
)
def test_other_negations_keep_their_reach(sentence: str) -> None:
    reach = _reach(sentence)
    last = Text.of(sentence).words[-1]
    assert reach[last] >= 0


def test_a_prevention_not_denied_is_in_no_reach() -> None:
    assert set(_reach("The mask stops a token from attending to future tokens.").values()) == {-1}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the mask fails to prevent a token from attending", True),
        ("it is unable to stop the model from leaking", True),
        ("it has no way to stop the model from leaking", True),
        ("it fails to avoid overfitting", False),  # no "from" + verb: the frame as before
        ("labelled data is used to prevent unsafe outputs", False),
    ],
)
def test_a_failed_prevention_is_no_purpose(sentence: str, expected: bool) -> None:
    words = Text.of(sentence).words
    assert any(failed_purpose(words, i) for i in range(len(words))) is expected


@pytest.mark.parametrize(
    "answer",
    [
        # at 3.47 each credited 'hides future tokens' (41.2, 25.5, 25.5)
        "The causal mask fails to stop a token from attending to future tokens.",
        "The mask fails to prevent a token from attending to future tokens.",
    ],
)
def test_a_denied_prevention_of_attending_contradicts_the_causal_mask(
    genai: Bank, genai_grader: Grader, answer: str
) -> None:
    grade = genai_grader.grade(genai.get("genai-034"), answer)
    assert "hides future tokens" in {c.concept for c in grade.contradictions}
    assert "hides future tokens" not in {m.concept for m in grade.matched}


@pytest.mark.parametrize(
    "answer",
    [
        # 0.0 at 3.47: the act a prevention keeps from happening read as claimed
        "The mask stops a token from attending to future tokens.",
        "A causal mask stops each token from attending to future tokens, so it only sees "
        "earlier tokens.",
    ],
)
def test_the_act_a_prevention_keeps_from_happening_is_not_claimed(
    genai: Bank, genai_grader: Grader, answer: str
) -> None:
    grade = genai_grader.grade(genai.get("genai-034"), answer)
    assert "hides future tokens" not in {c.concept for c in grade.contradictions}


# fix64, after review64: "nothing stops / nothing prevents X from Y" says Y may happen (often a
# permission), not that it does; left unread, as before neg64 (each was flagged at neg64)
def test_nothing_stops_keeps_its_reach() -> None:
    reach = _reach("Nothing stops a token from attending to future tokens.")
    assert reach["attending"] >= 0


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        (
            "genai-203",
            "Nothing stops you from starting with a multi-agent system, but a single agent is "
            "cheaper and easier to debug.",
        ),
        (
            "genai-146",
            "Nothing stops a continuous-batching server from processing each request alone when "
            "traffic is low.",
        ),
    ],
)
def test_nothing_stops_is_a_permission_not_a_claim(
    genai: Bank, genai_grader: Grader, qid: str, answer: str
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert not grade.contradictions, grade.contradictions
