"""veto59: a reported claim the answer rejects or endorses right after it (judged_false.py,
asides.py). A true statement judged false ("Some warn that X, but that is a myth", "It is not
true that X") denies its concepts; a judgment after the rest of the statement's segment ("...,
just like PPO, and that is true") judges it as one right after it."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.judged_false import rejected_before
from interviewer.core.grading.text import Text


def _structure(text: str) -> Structure:
    return Structure.of(Text.of(text))


def _at(structure: Structure, word: str) -> list[int]:
    return [structure.text.words.index(word)]


def _judged_false(text: str, word: str) -> bool:
    structure = _structure(text)
    return structure.judged_false(_at(structure, word))


@pytest.mark.parametrize(
    "text",
    [
        "Some researchers warn that the policy can exploit the reward model, but that is a myth.",
        "Many people say that beam search can miss the best sequence, but that is not true.",
        "People often claim that the noise costs accuracy. That is wrong.",
        "It is a myth that the policy can exploit the reward model.",
        "It is not true that the policy can exploit the reward model.",
        "Some say that the policy can exploit the reward model, just like PPO, but that is false.",
    ],
)
def test_a_statement_judged_false(text: str) -> None:
    word = "exploit" if "exploit" in text else ("miss" if "miss" in text else "costs")
    assert _judged_false(text, word)


@pytest.mark.parametrize(
    "text",
    [
        # a report without a judgment, or with an endorsement
        "Some researchers warn that the policy can exploit the reward model.",
        "People say that the policy can exploit the reward model, and they are right.",
        # a double negative: "it is a myth that it cannot" says that it can
        "It is a myth that the policy cannot exploit the reward model.",
        "Some say the policy does not exploit the reward model, but that is a myth.",
        # a practice judged, not a statement; a judgment of something else
        "It is a mistake to exploit the reward model.",
        "The policy can exploit the reward model, which is true of PPO as well.",
    ],
)
def test_still_not_judged_false(text: str) -> None:
    assert not _judged_false(text, "exploit")


def test_rejected_before_finds_the_last_phrase() -> None:
    words = "it is a myth that".split()
    assert rejected_before(words) == 5
    assert rejected_before("people often say that".split()) == -1


def test_endorsed_after_the_rest_of_its_segment() -> None:
    structure = _structure(
        "It is often said that GRPO trains a value network as a critic, just like PPO, "
        "and that is true."
    )
    assert structure.endorsed(_at(structure, "critic"))


@pytest.mark.parametrize(
    ("question", "answer", "concept"),
    [
        (
            "genai-101",
            "RLHF needs a lot of human preference data, which is slow and expensive to collect. "
            "Some researchers warn that the policy can exploit flaws in the reward model, but "
            "that is a misconception; in practice the policy just follows the reward.",
            "reward hacking",
        ),
        (
            "genai-016",
            "Hallucinations are a well-known issue with chatbots. Some people warn that models "
            "state false facts with full confidence, but that is a myth; a hallucination is "
            "only a spelling mistake or a formatting glitch in the output.",
            "factually wrong",
        ),
        (
            "genai-022",
            "Self-attention is the core operation of a Transformer layer. It is not true that "
            "it lets every token attend to every other token in the sequence.",
            "all tokens of the same sequence",
        ),
        (
            "genai-175",
            "GRPO is a reinforcement learning method for fine-tuning LLMs that samples several "
            "answers to each prompt. It is often said that GRPO still trains a separate value "
            "network as a critic, just like PPO, and that is true.",
            "GRPO drops the critic",
        ),
    ],
)
def test_a_rejected_truth_or_an_endorsed_error_is_caught(
    genai: Bank, genai_grader: Grader, question: str, answer: str, concept: str
) -> None:
    grade = genai_grader.grade(genai.get(question), answer)
    assert concept in [c.concept for c in grade.contradictions]
    assert not grade.passed


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "genai-101",
            "RLHF is hard: human preference data is slow and expensive to collect and noisy. "
            "Some researchers warn that the policy can exploit flaws in the reward model, and "
            "they are right; reward hacking is why a KL penalty keeps it near the reference.",
        ),
        (
            "genai-016",
            "Hallucinations are outputs that sound fluent and confident but are false. It is a "
            "myth that models never state false facts; grounding with retrieval helps.",
        ),
    ],
)
def test_still_credited(genai: Bank, genai_grader: Grader, question: str, answer: str) -> None:
    grade = genai_grader.grade(genai.get(question), answer)
    assert not grade.contradictions and not grade.misconceptions


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I would avoid differential privacy because it is expensive.", "differential"),
        ("We avoid deduplication of the corpus.", "deduplication"),
        ("Avoid early stopping on small sets.", "early"),
        ("I would avoid fixing seeds and avoid pinning versions.", "pinning"),
        ("You should avoid greedy decoding for creative text.", "greedy"),
    ],
)
def test_an_avoided_practice_is_negated(text: str, word: str) -> None:
    structure = _structure(text)
    assert structure.negated(_at(structure, word)[0])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a harm avoided, what a method spares, a noun
        ("Dropout is used to avoid overfitting.", "overfitting"),
        ("The KV cache avoids recomputing the keys.", "recomputing"),
        ("The cache helps them avoid recomputing the keys.", "recomputing"),
        ("It also helps avoid collapse. Differential privacy is used.", "privacy"),
    ],
)
def test_still_not_negated(text: str, word: str) -> None:
    structure = _structure(text)
    assert not structure.negated(_at(structure, word)[0])


@pytest.mark.parametrize(
    ("question", "answer", "concept"),
    [
        (
            "genai-215",
            "To defend against extraction attacks I would filter the model's outputs for "
            "things that look like phone numbers or emails. I would avoid differential "
            "privacy, because it makes training more expensive.",
            "differential privacy",
        ),
        (
            "genai-115",
            "A reproducible evaluation pipeline runs the same metrics on text, image and "
            "speech outputs. I would avoid pinning model versions, since a fixed setup hides "
            "the natural variation of the system.",
            "pin metric implementations",
        ),
    ],
)
def test_an_avoided_recommended_practice_is_denied(
    genai: Bank, genai_grader: Grader, question: str, answer: str, concept: str
) -> None:
    grade = genai_grader.grade(genai.get(question), answer)
    assert concept in [c.concept for c in grade.contradictions]
