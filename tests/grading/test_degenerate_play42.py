"""play42: answers that should score near zero, or plainly, and did not: an unreadable answer,
"no idea", a truncated answer, a right answer read as denying what its key denies."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading.denied_terms import denied_stems, speaks_to_denial
from interviewer.core.grading.not_known import admits_not_knowing
from interviewer.core.grading.text import Text

PLANT_Q = "Why do green plants need light?"
PLANT_KEY = (
    "Green plants use the energy of light to make sugar from carbon dioxide and water by "
    "photosynthesis."
)


def test_an_unreadable_answer_cannot_pass_and_is_told_why() -> None:
    from interviewer.core.grading import grade_reference
    from interviewer.core.grading.feedback import UNREADABLE_NOTE

    answer = (
        "Grüne Pflanzen brauchen Licht, weil sie durch Photosynthese aus Kohlendioxid und "
        "Wasser Zucker herstellen."
    )
    grade = grade_reference(PLANT_Q, PLANT_KEY, answer)
    assert "unreadable" in grade.flags
    assert grade.score <= 25 and grade.band == "missing"
    assert UNREADABLE_NOTE in grade.feedback and "no credit" in UNREADABLE_NOTE


def test_a_truncated_answer_is_told_it_was_cut() -> None:
    from interviewer.core.grading import grade_reference

    long = "Plants make sugar from light, water and carbon dioxide. " * 500
    grade = grade_reference(PLANT_Q, PLANT_KEY, long)
    assert "truncated" in grade.flags
    assert any("was cut" in note for note in grade.feedback)
    short = grade_reference(PLANT_Q, PLANT_KEY, "Plants make sugar from light and water.")
    assert not any("was cut" in note for note in short.feedback)


def test_no_idea_is_not_given_the_negation_advice() -> None:
    from interviewer.core.grading import grade_reference
    from interviewer.core.grading.reference_scoring import NEGATED_NOTE, UNNEGATED_NOTE
    from interviewer.core.grading.reference_scoring.notes import NOT_KNOWN_NOTE

    for answer in ("no idea", "Sorry, I don't know.", "Not sure, I can't remember."):
        grade = grade_reference(PLANT_Q, PLANT_KEY, answer)
        assert NEGATED_NOTE not in grade.feedback and UNNEGATED_NOTE not in grade.feedback
        assert grade.feedback[0] == NOT_KNOWN_NOTE and grade.band == "missing"


def test_admissions_of_not_knowing_are_told_from_answers() -> None:
    for said in ("No idea.", "I have no idea", "idk", "I really don't know", "not sure"):
        assert admits_not_knowing(said), said
    for said in ("no idea, maybe energy", "No, plants do not need light.", "energy", "no", ""):
        assert not admits_not_knowing(said), said


_ADMISSIONS = st.sampled_from(
    ["no idea", "I don't know", "not sure", "no clue", "I can't remember", "dunno", "sorry"]
)


@given(
    st.lists(_ADMISSIONS, min_size=1, max_size=3),
    st.sampled_from([", ", ". ", "; ", " and ", "! "]),
    st.booleans(),
)
def test_any_run_of_admissions_is_one(said: list[str], between: str, upper: bool) -> None:
    text = between.join(said) + "."
    assert admits_not_knowing(text.upper() if upper else text)


@given(
    st.lists(_ADMISSIONS, min_size=1, max_size=3),
    st.from_regex(r"[b-hj-mq-z]{6,10}", fullmatch=True),
)
def test_an_admission_with_a_word_more_is_an_answer(said: list[str], word: str) -> None:
    assert not admits_not_knowing(", ".join(said) + ", " + word)


def test_what_a_key_denies_is_only_its_denied_statement() -> None:
    q = frozenset({"dictionari"})
    assert denied_stems(Text.of("Keys must be hashable and cannot repeat."), q) == {"repeat"}
    said = denied_stems(Text.of("A dict is a hash table, so a list cannot be a key."), q)
    assert "list" in said and "hash" not in said and "dict" not in said
    assert denied_stems(Text.of("Keys are hashable."), q) == frozenset()


def test_an_answer_that_says_nothing_denied_does_not_speak_to_the_denial() -> None:
    assert not speaks_to_denial(frozenset({"uniqu", "key"}), frozenset({"repeat"}))
    assert speaks_to_denial(frozenset({"repeat", "key"}), frozenset({"repeat"}))
    assert speaks_to_denial(frozenset({"key"}), frozenset())


@given(st.lists(st.from_regex(r"[a-z]{3,9}", fullmatch=True), min_size=1, max_size=12))
def test_a_text_without_negation_denies_nothing(words: list[str]) -> None:
    negations = {"not", "no", "never", "none", "nor", "without", "cannot", "nothing", "nobody"}
    text = Text.of(" ".join(w for w in words if w not in negations) + ".")
    assert denied_stems(text, frozenset()) == frozenset()


def test_a_right_answer_is_not_capped_for_a_denial_it_does_not_speak_to() -> None:
    """play42: a right dict answer with no "not" was capped at 50 as saying the opposite."""
    from interviewer.core.grading import grade_reference

    key = (
        "A dictionary maps keys to values; keys must be hashable and cannot repeat, and lookup "
        "by key takes constant time on average."
    )
    q = "What is a Python dictionary?"
    right = grade_reference(
        q, key, "A dict maps unique keys to values, looked up in constant time."
    )
    assert not any(p.signal in ("negated", "negation") and p.points < 0 for p in right.explanation)
    assert right.passed
    wrong = grade_reference(q, key, "Keys can repeat in a dictionary.")
    assert not wrong.passed


def test_the_length_part_says_which_words_it_counts() -> None:
    from interviewer.core.grading.result import ScorePart
    from interviewer.core.report.explain import key_reason

    part = ScorePart("length", -0.5, -6.0, "3 content words against the reference's 10")
    assert key_reason(part) == (
        "3 words besides the question's and small ones like “the”, against the key's 10"
    )


def test_a_phrase_said_again_and_again_is_graded_as_said_once() -> None:
    """play42: the right phrase pasted 2,000 times had scored 81, as much as said once or
    more, and was not told it repeats itself."""
    from interviewer.core.grading import grade_reference

    phrase = "plants use the energy of light to make sugar"
    once = grade_reference(PLANT_Q, PLANT_KEY, phrase + ".")
    many = grade_reference(PLANT_Q, PLANT_KEY, " ".join([phrase] * 2000))
    assert "repeats_itself" in many.flags and "truncated" in many.flags
    assert many.score <= once.score + 0.1
    assert any("repeats itself" in note for note in many.feedback)


def test_where_the_first_saying_ends() -> None:
    from interviewer.core.grading.repetition import first_saying

    said = "Light drives photosynthesis. Light drives photosynthesis. Light drives photo"
    assert said[: first_saying(said)] == "Light drives photosynthesis"
    assert first_saying("energy energy energy energy") == len("energy")
    assert first_saying("no, no") is None  # one word said twice
    assert first_saying("Plants need light because light makes sugar.") is None
    assert first_saying("a b c a b c then d") is None  # more than the phrase


@given(
    st.lists(st.from_regex(r"[a-z]{1,7}", fullmatch=True), min_size=1, max_size=6),
    st.integers(min_value=2, max_value=30),
    st.sampled_from([" ", ". ", ", ", "\n"]),
)
def test_a_repeated_phrase_is_cut_to_a_saying_that_makes_it(
    phrase: list[str], times: int, between: str
) -> None:
    from interviewer.core.grading.repetition import REPEATED_MIN_WORDS, first_saying

    text = between.join([" ".join(phrase)] * times)
    end = first_saying(text)
    if len(phrase) * (times - 1) < REPEATED_MIN_WORDS:
        return
    assert end is not None
    first = text[:end].split()
    period = len(first)
    words = text.replace(".", " ").replace(",", " ").split()
    # the answer is the first saying said again, and that saying is at most the phrase
    assert len(phrase) % period == 0
    assert all(w == first[i % period].strip(".,") for i, w in enumerate(words))


@given(st.lists(st.from_regex(r"[a-z]{1,7}", fullmatch=True), min_size=2, max_size=12))
def test_an_answer_of_distinct_words_is_no_repetition(words: list[str]) -> None:
    from interviewer.core.grading.repetition import first_saying

    if len(set(words)) == len(words):
        assert first_saying(" ".join(words)) is None


def test_one_word_against_a_key_of_several_cannot_pass() -> None:
    """play42: "energy" against a teacher's key had scored 50.3."""
    from interviewer.core.grading import grade_reference

    grade = grade_reference(PLANT_Q, PLANT_KEY, "energy")
    assert grade.score <= 25 and grade.band == "missing"
    assert any(p.signal == "one_word" for p in grade.explanation)
    # where the key is itself a word, one word is the answer
    short = grade_reference("Which gas do plants release in light?", "Oxygen.", "oxygen")
    assert short.passed


def test_one_word_is_told_by_distinct_content_words() -> None:
    from interviewer.core.grading.one_word import one_word_answer

    assert one_word_answer(Text.of("energy"), 6)
    assert one_word_answer(Text.of("Energy, energy!"), 6)
    assert not one_word_answer(Text.of("energy"), 2)
    assert not one_word_answer(Text.of("light energy"), 6)


def test_the_length_part_counts_one_word_as_one_word() -> None:
    from interviewer.core.grading.result import ScorePart
    from interviewer.core.report.explain import key_reason

    part = ScorePart("length", -1.0, -27.0, "1 content words against the reference's 7")
    assert key_reason(part).startswith("1 word besides the question's")


def test_a_too_short_answer_is_not_told_it_lacks_the_keys_negation() -> None:
    """'energy' against a key that says 'the partial charges do not cancel' scored 0 and was
    told first that the key says its point with a negation (lead's play, stop 36): the answer
    is too short to say anything, and 'say more' is what it needs to hear."""
    from interviewer.core.grading import grade_reference
    from interviewer.core.grading.reference_scoring.notes import UNNEGATED_NOTE

    q = "Why is water a polar molecule?"
    key = (
        "Oxygen is more electronegative than hydrogen, so the shared electrons sit closer to "
        "oxygen; the bent shape means the partial charges do not cancel, giving the molecule "
        "a dipole."
    )
    grade = grade_reference(q, key, "energy")
    assert "too_short" in grade.flags
    assert UNNEGATED_NOTE not in grade.feedback
    assert any(note.startswith("Say more") for note in grade.feedback)
    assert grade.score < 30
