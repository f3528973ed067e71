"""Characters a reader never sees, or sees as the usual ones, do not change how an answer is read:
zero-width spaces and joiners, soft hyphens, bidi marks, no-break spaces, fullwidth letters,
accents and curly apostrophes. Evidence keeps them: it is what the candidate typed."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.text import STOP_WORDS, Text, clean_text, fold_accents

ANSWER = (
    "Generative AI creates new content such as text and images by learning the probability "
    "distribution of its training data and sampling from it; diffusion models and GANs are "
    "common families, and large language models like GPT can be fluent yet wrong, so outputs "
    "need human review."
)


def test_invisible_characters_inside_a_word_leave_the_word_whole():
    for mark in ("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e", "\u202e"):
        text = Text.of(f"the genera{mark}tor learns")
        assert text.words == ["the", "generator", "learns"], repr(mark)
        assert text.quote(1, 1) == f"genera{mark}tor"  # evidence is what was typed


def test_look_alike_letters_are_read_as_the_usual_ones():
    text = Text.of("Ｔｒａｎｓｆｏｒｍｅｒｓ use a\u00a0naïve cafe\u0301 mask")
    assert text.words == ["transformers", "use", "a", "naive", "cafe", "mask"]
    assert text.quote(4, 4) == "cafe\u0301"


def test_a_curly_apostrophe_is_the_straight_one():
    text = Text.of("It doesn’t learn")
    assert text.words[1] == "doesn't" and "doesn't" in STOP_WORDS
    assert text.quote(1, 1) == "doesn’t"


def test_accents_are_folded_only_from_latin_letters():
    assert fold_accents("naïve") == "naive"
    assert fold_accents("ju\u0301st") == "just"
    assert fold_accents("हिन्दी") == "हिन्दी"  # an Indic vowel sign is part of the word
    assert fold_accents("λόγος") == "λόγος"


def test_clean_text_leaves_invisible_characters_out():
    assert clean_text("lear\u200bning soft\u00adware") == "learning software"


def test_an_answer_with_odd_characters_grades_as_the_clean_one(genai, genai_grader):
    question = genai.get("genai-001")
    clean = genai_grader.grade(question, ANSWER)
    odd = (
        ANSWER.replace(" ", "\u00a0")
        .replace("content", "con\u200btent")
        .replace("distribution", "distri\u00adbution")
        .replace("human", "hu\u200dman")
        .replace("images", "ｉｍａｇｅｓ")
    )
    graded = genai_grader.grade(question, odd)
    assert graded.score == clean.score and graded.band == clean.band
    assert [m.concept for m in graded.matched] == [m.concept for m in clean.matched]
    for match in graded.matched:
        for span in match.evidence:
            assert span in odd
    assert any("\u200b" in span for m in graded.matched for span in m.evidence)


_ODD = "\u200b\u200c\u200d\u2060\u00ad\ufeff\u200e\u200f\u202e\u2066\u00a0’\u0301\u0308ａｂ"
_TEXTS = st.text(
    alphabet=st.one_of(
        st.sampled_from("abcdefgh ijk lm-n'.,;:()\n\t"),
        st.sampled_from(_ODD),
        st.characters(blacklist_categories=("Cs", "Cc")),
    ),
    max_size=80,
)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_reading_never_raises_and_is_idempotent(answer):
    text = Text.of(answer)
    again = Text.of(" ".join(text.words))
    assert again.words == text.words
    assert clean_text(clean_text(answer)) == clean_text(answer)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_quotes_and_evidence_are_verbatim_spans_of_the_answer(answer):
    text = Text.of(answer)
    for i in range(len(text.words)):
        assert text.quote(i, i) in answer
        assert text.evidence(i, len(text.words) - 1) in answer
    # and a word's quote, read again, is the word: its offsets map back to what was typed
    for i, word in enumerate(text.words):
        if re.fullmatch(r"[a-z]+", word):
            assert word in Text.of(text.quote(i, i)).words


STORY = (
    "Last spring a new engineer joined my team and was anxious about on-call shifts. My lead "
    "asked me to help him get ready within a month. I paired with him on three incidents, wrote "
    "a short runbook with him and let him lead a drill while I watched. By the end of the month "
    "he handled a real outage alone, our time to recover dropped from 40 to 25 minutes, and I "
    "learned that I teach better by doing than by explaining."
)


def test_a_star_story_with_no_break_spaces_and_zero_width_characters_grades_as_typed_plainly():
    from interviewer.core.catalog import Catalog
    from interviewer.core.grading import Grader

    bank = Catalog(None).find("behavioural")
    question = bank.questions[0]
    grader = Grader(bank)
    plain = grader.grade(question, STORY)
    odd = STORY.replace(" ", "\u00a0").replace("runbook", "run\u200bbook")
    graded = grader.grade(question, odd)
    assert (graded.score, graded.band) == (plain.score, plain.band)
    # read with its no-break spaces, the story had lost its Task and its Reflection
    assert [m.concept for m in graded.matched] == [m.concept for m in plain.matched]
    assert "Reflection" in [m.concept for m in graded.matched]
    assert all(span in odd for m in graded.matched for span in m.evidence)
    assert any("\u00a0" in span for m in graded.matched for span in m.evidence)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_plain_text_maps_every_character_back_to_the_typed_one(answer):
    import unicodedata

    from interviewer.core.grading.plain_text import plain_text
    from interviewer.core.grading.text import INVISIBLE_RE, SPACES_RE

    read, typed_at = plain_text(answer)
    assert not INVISIBLE_RE.search(read) and not SPACES_RE.search(read)
    if typed_at is None:
        assert len(read) == len(answer)
        typed_at = list(range(len(read)))
    assert len(typed_at) == len(read) and typed_at == sorted(typed_at)
    for i, c in enumerate(read):
        typed = SPACES_RE.sub(" ", answer[typed_at[i]])
        # as typed, or a look-alike read as the ASCII it looks like
        assert c == typed or c in unicodedata.normalize("NFKD", typed) + "'\""
    assert plain_text(read)[0] == read  # idempotent
    if answer.isascii():
        assert read == answer


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Ｒｅｓｕｌｔ: we shipped", "Result: we shipped"),  # fullwidth letters and colon
        ("I wo\u0300rked on the ta\u0301sk", "I worked on the task"),  # combining accents
        ("the café’s “ﬁrst” order", 'the cafe\'s "first" order'),  # precomposed, curly, ligature
        ("Да\u0301, я сделал", "Да\u0301, я сделал"),  # another script keeps its marks
        ("a\u00a0plain\u200bspace", "a plainspace"),
    ],
)
def test_plain_text_reads_look_alike_letters_as_the_letters_they_look_like(typed, read):
    from interviewer.core.grading.plain_text import plain_text

    assert plain_text(typed)[0] == read


def test_a_star_story_with_look_alike_letters_grades_as_typed_plainly_with_verbatim_evidence():
    from interviewer.core.catalog import Catalog
    from interviewer.core.grading import Grader

    bank = Catalog(None).find("behavioural")
    question = bank.questions[0]
    grader = Grader(bank)
    plain = grader.grade(question, STORY)
    odd = (
        STORY.replace("My lead", "Ｍｙ ｌｅａｄ")
        .replace("learned", "lea\u0300rned")
        .replace("explaining.", "explaining\u0301")  # a stray accent ends the story
        .replace("wrote", "ｗｒｏｔｅ")
    )
    graded = grader.grade(question, odd)
    assert (graded.score, graded.band, graded.flags) == (plain.score, plain.band, plain.flags)
    assert [m.concept for m in graded.matched] == [m.concept for m in plain.matched]
    spans = [span for m in graded.matched for span in m.evidence]
    assert all(span in odd for span in spans)
    # the accent typed on the last letter of a quoted sentence is quoted with it
    assert any(span.endswith("explaining\u0301") for span in spans), spans
