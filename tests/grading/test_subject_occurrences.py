"""subjects/occurrences.py: where a subject's naming phrase occurs, on sentences of our own."""

from __future__ import annotations

from interviewer.core.bank import Concept
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.subjects import prepare_subjects
from interviewer.core.grading.subjects.occurrences import elided_occurrences, occurrences
from interviewer.core.grading.text import Text

LOW = Concept("low temperature is focused", 2, (), about=("low temperature",))
HIGH = Concept("high temperature is random", 2, (), about=("high temperature",))
CASCADE = Concept("cascade is modular", 2, (), about=("cascaded pipeline",))
DIRECT = Concept("end to end keeps tone", 2, (), about=("speech-to-speech model",))


def starts(text: str, concept: Concept) -> list[int]:
    subjects = prepare_subjects([LOW, HIGH], asked=frozenset({"temperatur"}))
    answer = Answer.of(Text.of(text))
    index = 0 if concept is LOW else 1
    found: set[int] = set()
    for phrase in subjects[index].phrases:
        found.update(occurrences(phrase, answer))
    for phrase in subjects[index].elided:
        found.update(elided_occurrences(phrase, answer, subjects[index].asked))
    return sorted(found)


def test_a_phrase_is_found_where_its_words_stand_together() -> None:
    assert starts("A low temperature is focused.", LOW) == [1]
    assert starts("A high temperature is random; a low temperature is not.", LOW) == [6]


def test_words_in_two_clauses_are_not_one_occurrence() -> None:
    (phrase,) = prepare_subjects([LOW, HIGH])[0].phrases
    assert occurrences(phrase, Answer.of(Text.of("It runs low. The temperature rises."))) == []
    assert occurrences(phrase, Answer.of(Text.of("It runs low temperature."))) == [2]


def test_a_degree_word_alone_stands_for_a_setting_of_the_asked_quantity() -> None:
    assert starts("Low is focused, high is random.", HIGH) == [3]
    assert starts("High quality images are rare.", HIGH) == []
    assert starts("Lower-probability tokens are cut.", LOW) == []


def test_a_name_is_found_with_its_head_last() -> None:
    """deny50 (dc-8, genai-209): "a language model and text-to-speech" had been read as naming
    the "speech-to-speech model", its "model" the head of another compound."""
    (phrase, *_) = prepare_subjects([CASCADE, DIRECT])[1].phrases
    mixed = "It chains recognition, a language model and text-to-speech."
    assert occurrences(phrase, Answer.of(Text.of(mixed))) == []
    written = "An end-to-end speech-to-speech model maps audio to audio."
    assert occurrences(phrase, Answer.of(Text.of(written))) != []


def test_an_article_between_its_words_opens_another_name() -> None:
    """mapping52 (a control of wrong_claims_probes52m, genai-209): in "a cascaded speech
    assistant the ASR model transcribes ...", "speech ... the ASR model" had been read as naming
    the "speech-to-speech model" (its words 4 apart), and the correct "transcribes" was flagged
    as a swap. An article between the name's words opens another noun phrase."""
    (phrase, *_) = prepare_subjects([CASCADE, DIRECT])[1].phrases
    mixed = "In a cascaded speech assistant the ASR model transcribes the audio."
    assert occurrences(phrase, Answer.of(Text.of(mixed))) == []
    spaced = "A speech-to-speech translation model maps audio to audio."
    assert occurrences(phrase, Answer.of(Text.of(spaced))) != []
    named = Concept("x", 1, (), about=("mixture of the experts",))
    (own, *_) = prepare_subjects([CASCADE, named])[1].phrases
    assert occurrences(own, Answer.of(Text.of("A mixture of the experts routes tokens."))) != []
