"""speed67: `appositives` asks `_appositive_after` only at the words whose gap to the next word
holds a character an opening mark needs (',', '(', a hyphen or a dash: `_before_a_mark`), and
finds what 3.50's scan of every word found."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import appositives as appositives_module
from interviewer.core.grading.appositives import Appositive, appositives
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.text import Text

PIECES = [
    *("GPT", "BERT", "the model", "HyDE", "LangChain", "a Python library", "which", "like"),
    *("is", "are", "trains", "updates", "uses", "not", "and", "the", "pre-trained", "1,000"),
    *(",", ", ", " (", "(", ")", ") ", " - ", "-", " -- ", "\u2013", " \u2014 ", "\u2014"),
    *(".", "; ", ": ", " ", "  "),
]


def _old_appositives(answer: Answer) -> dict[int, Appositive]:
    """3.50's scan: `_appositive_after` asked at every word but the last two."""
    text = answer.text
    found: dict[int, Appositive] = {}
    raw = text.raw
    if "," in raw or "(" in raw or "-" in raw or "\u2013" in raw or "\u2014" in raw:
        for subject in range(len(text.words) - 2):
            appositive = appositives_module._appositive_after(answer, subject)
            if appositive is not None:
                found[appositive.verb] = appositive
    return found


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=24))
def test_the_appositives_found_are_those_of_every_word_asked(pieces: list[str]) -> None:
    text = " ".join(pieces)
    new = appositives(Answer.of(Text.of(text)))
    old = _old_appositives(Answer.of(Text.of(text)))
    assert list(new.items()) == list(old.items())


def test_the_known_appositives_are_found() -> None:
    for text, verb in (
        ("GPT, the Generative Pre-trained Transformer, is an encoder-only model.", "is"),
        ("HyDE (hypothetical document embeddings) trains a new embedding model.", "trains"),
        ("LangChain - a popular Python library - is a language model.", "is"),
        ("LangChain\u2014a popular library\u2014is a language model.", "is"),
    ):
        answer = Answer.of(Text.of(text))
        found = appositives(answer)
        assert [answer.text.words[v] for v in found] == [verb]


def test_only_the_words_before_a_mark_are_asked(monkeypatch) -> None:
    asked: list[int] = []
    real = appositives_module._appositive_after

    def spy(answer: Answer, subject: int) -> Appositive | None:
        asked.append(subject)
        return real(answer, subject)

    monkeypatch.setattr(appositives_module, "_appositive_after", spy)
    answer = Answer.of(Text.of("GPT, the Generative Pre-trained Transformer, is a decoder."))
    assert [answer.text.words[a.verb] for a in appositives(answer).values()] == ["is"]
    assert asked == [0, 3, 5]  # "gpt", "pre" (before the hyphen), "transformer"
