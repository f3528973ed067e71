"""Good answers in plain words (para58, issue 8): concepts said plainly and not found.

Two general wordings join plain_words.txt, each read only where a key names the term: the order
of two things reversed (or flipped) for "swap the order", and a scoring guide or marking scheme
for a rubric (plain_probes58a pp58-002). A third, drawing pictures for image generation
(pp58-026), was taken back by the lead: "drawing images and captions from the web" samples them
(test_genai_lead58.py holds the CLIP answer it flagged). Stop 46's left cases get aliases:
genai-018 "imitate human conversation" and "judges can be fooled", genai-106 "outputs are safe"
(dev d0334; "outputs are accurate" was taken back: it credited a wrong answer, d0342; genai-072
"classifier for real" too: it hid a swap). Each answer below is written for this test, not taken
from the development set or the probes; each case but the guard failed at 824c8ee (grader 3.42).
"""

from __future__ import annotations

import pytest

from interviewer.core.grading.plain_words import PlainWords
from interviewer.core.grading.text import Text


def _read(key: str, answer: str, prompt: str = "How do you evaluate a chatbot?") -> str:
    return " ".join(PlainWords.of(prompt, [key]).read(Text.of(answer)).words)


def _found(genai, genai_grader, question: str, answer: str) -> set[str]:
    grade = genai_grader.grade(genai.get(question), answer)
    return {m.concept for m in grade.matched}


@pytest.mark.parametrize(
    ("key", "answer", "term"),
    [
        ("Swap the order of the two answers.", "Ask again in the reverse order.", "swap"),
        ("Swap the order of the two answers.", "Then flip the order and ask again.", "swap"),
        ("Give the judge a rubric.", "Hand the judge a marking scheme.", "rubric"),
    ],
)
def test_a_plain_wording_is_read_as_the_key_term(key, answer, term):
    assert term in _read(key, answer)


def test_a_key_without_the_term_reads_nothing():
    # a guard (passes at the base too): the wording is read only where a key names the term
    answer = "Ask again in the reverse order."
    assert _read("The judge picks the better answer.", answer) == " ".join(Text.of(answer).words)


@pytest.mark.parametrize(
    ("question", "answer", "concept"),
    [
        (
            "genai-152",
            "Show the judge both replies, then repeat the comparison with the order reversed "
            "and keep only the verdicts that agree.",
            "position bias",
        ),
        (
            "genai-152",
            "Give the judge a marking scheme that spells out what each score means.",
            "rubric prompt",
        ),
        (
            "genai-018",
            "Chatbots now imitate human conversation very well.",
            "human-like conversation",
        ),
        ("genai-018", "It shows that judges can be fooled in a short chat.", "human judge"),
        ("genai-106", "You check that the outputs are safe.", "safety and bias"),
    ],
)
def test_a_plain_phrase_credits_its_concept(genai, genai_grader, question, answer, concept):
    assert concept in _found(genai, genai_grader, question, answer)


def test_reversing_the_order_said_to_add_noise_is_a_wrong_claim(genai, genai_grader):
    # the reading reaches the contradicts lines too ('swapping the order adds noise'): not
    # caught at 824c8ee
    grade = genai_grader.grade(genai.get("genai-152"), "Reversing the order only adds noise.")
    assert "position bias" in {c.concept for c in grade.contradictions}


@pytest.mark.parametrize(
    ("question", "answer", "concept"),
    [
        (
            "genai-031",
            "Raising the temperature gives the text more imagination.",
            "flattens the distribution",
        ),
    ],
)
def test_a_noun_of_quality_is_read_as_its_adjective(genai, genai_grader, question, answer, concept):
    # the thesaurus joins [creative, ...] with [creativity, imagination, ...], as it joins stable
    # with stability ([diverse, ...] with [diversity, variety, ...] was taken back: "only a small
    # variety of outputs" then met the wrong claim "very diverse outputs", cp55b-013)
    assert concept in _found(genai, genai_grader, question, answer)
