"""Terms exchanged between the answer key's verbs (reference mode)."""

from __future__ import annotations

import pytest

from interviewer.core.grading import Grader, reference_question
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.exchanged import Term, exchanged, governed
from interviewer.core.grading.text import Text

KEY = (
    "Photosynthesis is the process by which plants use sunlight, water and carbon dioxide to "
    "make glucose and release oxygen, in the chloroplasts."
)
TERMS = tuple(
    t
    for n in "sunlight;water;carbon dioxide;glucose;oxygen;chloroplast".split(";")
    if (t := Term.of(n))
)


def read(text: str) -> tuple[Text, dict]:
    parsed = Text.of(text)
    return parsed, governed(parsed, Structure.of(parsed), TERMS)


def test_a_verb_acts_on_every_term_of_the_list_after_it():
    _, key = read(KEY)
    assert {name: set(verbs) for name, verbs in key.items()} == {
        "sunlight": {"use"},
        "water": {"use"},
        "carbon dioxide": {"use"},
        "glucose": {"make"},
        "oxygen": {"releas"},
    }  # "in the chloroplasts" follows a preposition: no verb acts on it


def test_a_term_after_a_preposition_or_denied_has_no_verb():
    _, said = read("Plants use energy from sunlight and do not release oxygen.")
    assert said == {}


@pytest.mark.parametrize(
    "answer",
    [
        "Plants take in oxygen and release carbon dioxide to make food from sunlight.",
        "Plants use oxygen and release carbon dioxide.",
    ],
)
def test_two_terms_given_each_others_verbs_are_exchanged(answer):
    key_text, key = read(KEY)
    text, said = read(answer)
    found = exchanged(key, key_text, said, text)
    assert [c.concept for c in found] == ["oxygen and carbon dioxide (exchanged)"]
    assert all(e in answer for e in found[0].evidence)  # the candidate's own words
    assert "release oxygen" in found[0].detail


@pytest.mark.parametrize(
    "answer",
    [
        "Plants use sunlight to make glucose from water and carbon dioxide and release oxygen.",
        "Plants use energy from sunlight to turn water and carbon dioxide into glucose, giving "
        "off oxygen. It happens in the chloroplasts.",
        "Plants release oxygen and use carbon dioxide and water.",
        # one half only: a longer list, not an exchange
        "Plants release oxygen and carbon dioxide.",
    ],
)
def test_the_keys_way_in_any_order_is_no_exchange(answer):
    key_text, key = read(KEY)
    text, said = read(answer)
    assert exchanged(key, key_text, said, text) == []


def test_an_exchange_caps_a_reference_mode_grade_and_is_told():
    # play26 #3: this answer scored 85.5 `strong` against its teacher's key
    question = reference_question("What is photosynthesis?", [KEY])
    grader = Grader(questions=[question])
    wrong = grader.grade(
        question, "Plants take in oxygen and release carbon dioxide to make food from sunlight."
    )
    right = grader.grade(
        question,
        "Plants use energy from sunlight to turn water and carbon dioxide into glucose, giving "
        "off oxygen. It happens in the chloroplasts.",
    )
    assert "contradiction" in wrong.flags and wrong.score <= 50 < right.score
    assert any("swapped" in line and "release oxygen" in line for line in wrong.feedback)
    assert "contradiction" not in right.flags


CRITIC_TERMS = tuple(t for n in ("critic", "value", "group") if (t := Term.of(n)))
CRITIC_KEY = (
    "PPO trains a value model, or critic, to estimate expected reward. GRPO drops the critic "
    "and samples a group of responses per prompt."
)


def _exchanges(key: str, answer: str, terms: tuple[Term, ...]) -> list[str]:
    key_text, answer_text = Text.of(key), Text.of(answer)
    return [
        c.concept
        for c in exchanged(
            governed(key_text, Structure.of(key_text), terms),
            key_text,
            governed(answer_text, Structure.of(answer_text), terms),
            answer_text,
        )
    ]


def test_a_term_named_in_apposition_is_the_same_term():
    # stems48: "value model, or critic" names one thing twice; "trains a critic" and
    # "estimate value" give it no other term's verb (reversals.py flagged a correct answer once
    # "fitting" and "dropping" took the stems of "fits" and "drops")
    answer = "PPO trains a critic to estimate value; GRPO removes the critic."
    assert _exchanges(CRITIC_KEY, answer, CRITIC_TERMS) == []
    key_text = Text.of(CRITIC_KEY)
    said = governed(key_text, Structure.of(key_text), CRITIC_TERMS)
    assert set(said["critic"]) == set(said["value"]) == {"train", "drop"}  # "model" acts on none


def test_a_term_after_or_without_a_comma_is_another():
    text = Text.of("PPO trains a value model or critic.")
    assert "critic" not in governed(text, Structure.of(text), CRITIC_TERMS).get("value", {})


@pytest.mark.parametrize(
    "answer",
    [
        "Adapters need fine-tuning. Sunlight matters too.",
        "Adapters need fine-tuning; sunlight matters too.",
        "Adapters need some fine-tuning: sunlight matters too.",
    ],
)
def test_a_verb_acts_on_nothing_across_a_sentence_end_or_a_break(answer):
    # stems48: "fine-tuning. Hugging Face's library" was read as "tuning" acting on "Face's"
    # (the loop stopped at the break and still returned the verb before it)
    _, said = read(answer)
    assert "sunlight" not in said
