"""speed67: `antecedents` asks `_pronoun_of` only at the words that can be a pronoun ("it",
"they", the nouns of "this model" / "these methods") and finds what 3.50's scan of every word
found."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import pronoun_claims
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.text import Text

PIECES = [
    *("GPT", "BERT", "diffusion models", "the model", "it", "they", "this", "these", "that"),
    *("model", "models", "method", "methods", "token", "is", "are", "predicts", "learn"),
    *("a decoder", "the next token", "to denoise", "and", "because", ",", ".", ";"),
]


def _old_antecedents(answer: Answer) -> list[tuple[int, tuple[str, ...]]]:
    """3.50's scan: `_pronoun_of` asked at every word."""
    return [
        (p, stems)
        for p in range(len(answer.text.words))
        if pronoun_claims._pronoun_of(answer.text.words, p)
        and (stems := pronoun_claims.antecedent(answer, p))
    ]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=24))
def test_the_antecedents_are_those_of_every_word_asked(pieces: list[str]) -> None:
    text = " ".join(pieces)
    new = pronoun_claims.antecedents(Answer.of(Text.of(text)))
    assert new == _old_antecedents(Answer.of(Text.of(text)))


def test_the_known_antecedents_are_found() -> None:
    answer = Answer.of(Text.of("GPT is a decoder. This model predicts the next token."))
    assert [answer.text.words[p] for p, _ in pronoun_claims.antecedents(answer)] == ["model"]
    answer = Answer.of(Text.of("Diffusion models add noise. They learn to denoise."))
    assert [answer.text.words[p] for p, _ in pronoun_claims.antecedents(answer)] == ["they"]


def test_only_the_words_that_may_be_pronouns_are_asked(monkeypatch) -> None:
    asked: list[int] = []
    real = pronoun_claims._pronoun_of

    def spy(words, k):
        asked.append(k)
        return real(words, k)

    monkeypatch.setattr(pronoun_claims, "_pronoun_of", spy)
    answer = Answer.of(Text.of("GPT is a decoder. This model predicts the next token."))
    pronoun_claims.antecedents(answer)
    assert {answer.text.words[k] for k in asked} == {"model"}  # (antecedent asks it again)
    asked.clear()
    pronoun_claims.antecedents(Answer.of(Text.of("GPT is a decoder with many layers.")))
    assert asked == []
