"""neg62: "is unable to", "fails to" and "has no way to" + verb deny the verb's object as
"cannot" + verb does, and a shortcoming said so still agrees with the concept naming it
(unable_to.py)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text


def _denied(sentence: str, target: str) -> bool:
    text = Text.of(sentence)
    structure = Structure.of(text)
    first = text.words.index(target.split()[0])
    return structure.denied(first, first + len(target.split()) - 1)


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # each False on 8da74375 (grader 3.46)
        ("LoRA is unable to reduce the trainable parameters", "trainable parameters"),
        ("attackers are unable to override the instructions", "instructions"),
        ("the model is unable to process the prompt tokens in parallel", "prompt tokens"),
        ("LoRA fails to reduce the trainable parameters", "trainable parameters"),
        ("LoRA has no way to reduce the trainable parameters", "trainable parameters"),
        ("the reward model is unable to rank human preferences", "human preferences"),
    ],
)
def test_an_inability_denies_the_object_of_its_verb(sentence: str, target: str) -> None:
    assert _denied(sentence, target)


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # after a preposition: where the verb does not go, as after "cannot attend to"
        ("a token is unable to attend to later tokens", "later tokens"),
        ("a token cannot attend to later tokens", "later tokens"),
        # "unable" with no "to" is no negation
        ("an unable model reads the prompt tokens", "prompt tokens"),
        # the verb must stand right after "to"
        ("the model is unable to quickly read the prompt tokens", "prompt tokens"),
    ],
)
def test_what_an_inability_leaves_alone(sentence: str, target: str) -> None:
    assert not _denied(sentence, target)


def _findings(genai: Bank, grader: Grader, question: str, answer: str) -> tuple[set, set]:
    grade = grader.grade(genai.get(question), answer)
    return {c.concept for c in grade.contradictions}, {m.concept for m in grade.matched}


@pytest.mark.parametrize(
    ("question", "answer", "concept"),
    [
        # wp62n-005 (62na): 62.7, 'override instructions' credited, at 3.46
        (
            "genai-057",
            "Prompt injection is when a developer writes a better system prompt; attackers are "
            "unable to override the model's instructions with text hidden in user input or "
            "retrieved documents, so it is not a security concern.",
            "override instructions",
        ),
        # 'frozen pretrained weights' credited at 3.46
        (
            "genai-085",
            "LoRA is unable to freeze the pretrained weights, so every weight of the model is "
            "updated.",
            "frozen pretrained weights",
        ),
    ],
)
def test_a_central_point_denied_by_an_inability(
    genai: Bank, genai_grader: Grader, question: str, answer: str, concept: str
) -> None:
    contradicted, credited = _findings(genai, genai_grader, question, answer)
    assert concept in contradicted
    assert concept not in credited


def test_a_shortcoming_said_with_unable_agrees(genai: Bank, genai_grader: Grader) -> None:
    # 'weaker exact recall' not found at 3.46 ("unable" was only a deficit word)
    answer = (
        "State-space models such as Mamba keep a fixed-size state, so they are unable to "
        "recall exact details from far back in a long context, unlike attention."
    )
    contradicted, credited = _findings(genai, genai_grader, "genai-169", answer)
    assert "weaker exact recall" in credited
    assert not contradicted


def test_the_causal_mask_property_stays_credited(genai: Bank, genai_grader: Grader) -> None:
    # a correct sentence (wp62n-011's words): credited on 3.46 and after
    answer = (
        "Attention masking in GPT models uses a causal mask: each token is unable to see the "
        "future tokens, because their attention scores are set to minus infinity before the "
        "softmax."
    )
    contradicted, credited = _findings(genai, genai_grader, "genai-034", answer)
    assert "hides future tokens" in credited
    assert not contradicted
