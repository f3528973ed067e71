"""Reference mode: a common short form ("dict") is read as the word of the key it shortens
("dictionary"), play23 F5."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading import grade_reference
from interviewer.core.grading.short_forms import SHORT_FORMS, ShortForms
from interviewer.core.grading.text import Text, cached_stem

PROMPT = "What is the difference between a list and a tuple in Python?"
KEY = (
    "A list is mutable, while a tuple is immutable. Tuples are slightly faster and can be used "
    "as dictionary keys."
)


def test_a_short_form_detects_the_key_term_it_shortens() -> None:
    answer = "Tuples cannot change, so they work as dict keys; lists can change."
    grade = grade_reference(PROMPT, KEY, answer)
    found = {m.concept: m.evidence for m in grade.matched}
    assert found["dictionary keys"] == ("dict keys",)  # quoted as written
    longhand = grade_reference(PROMPT, KEY, answer.replace("dict keys", "dictionary keys"))
    assert grade.score == longhand.score


def test_only_a_word_the_question_uses_and_never_shortens_itself() -> None:
    forms = ShortForms.of({"dictionary": "dictionary", "temperature": "temperatur"})
    assert forms.words == {"dict": "dictionary", "temp": "temperature"}
    # the key writes the short form itself: it matches as it is
    assert "dict" not in ShortForms.of({"dictionary": "dictionary", "dict": "dict"}).words
    # "temp" may be either: with both in the key, neither
    both = ShortForms.of({"temperature": "temperatur", "temporary": "temporary"})
    assert "temp" not in both.words


def test_plurals_and_capitals_are_read_and_the_text_stays_as_written() -> None:
    forms = ShortForms.of({"dictionary": "dictionary", "database": "databas"})
    text = Text.of("Dicts and DBs, a dictum.")
    forms.read(text)
    assert text.stems == ["dictionary", "and", "databas", "a", "dictum"]
    assert text.quote(0, 2) == "Dicts and DBs"


@given(st.lists(st.sampled_from([*SHORT_FORMS, "keys", "x", ",", "dicts"]), max_size=12))
def test_every_short_form_is_read_as_its_one_word(words: list[str]) -> None:
    """Against texts that use one word each short form may stand for, every short form (and
    its plural) is read as that word's stem, and every other word keeps its own."""
    vocabulary = {longs[0]: cached_stem(longs[0]) for longs in SHORT_FORMS.values()}
    forms = ShortForms.of(vocabulary)
    text = Text.of(" ".join(words))
    own, written = list(text.stems), list(text.words)
    forms.read(text)
    for word, before, after in zip(written, own, text.stems, strict=True):
        short = word if word in SHORT_FORMS else word[:-1] if word[:-1] in SHORT_FORMS else None
        expected = cached_stem(SHORT_FORMS[short][0]) if short else before
        if short and word != short:
            expected = cached_stem(SHORT_FORMS[short][0] + "s")
        assert after == expected
