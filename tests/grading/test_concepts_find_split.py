"""concepts/find.py split (code60): one concept found in find.py, every concept of a question in
find_all.py, a match's denials in match_denials.py, the meaning match's check in
meaning_match.py; the package's names unchanged, and a rule of each new module."""

from __future__ import annotations

from dataclasses import replace

from interviewer.core.bank import Concept
from interviewer.core.grading import concepts
from interviewer.core.grading.concepts import (
    find,
    find_all,
    match_denials,
    meaning_match,
    prepare_concept,
    prepare_subjects,
)
from interviewer.core.grading.matching import Answer, make_phrase, match_phrase
from interviewer.core.grading.text import Text


def test_the_package_s_names_are_the_modules() -> None:
    for name in ("CLOSEST_SHOWN", "MEANING_CREDIT", "MEANING_THRESHOLD", "find_concept"):
        assert getattr(concepts, name) is vars(find)[name]
    for name in ("find_concepts", "wrong_claims"):
        assert getattr(concepts, name) is vars(find_all)[name]


def test_the_meaning_threshold_is_read_where_calibrate_sets_it() -> None:
    # benchmarks/calibrate.py sets concepts.find.MEANING_THRESHOLD for find_concept to read
    assert find.find_concept.__globals__ is vars(find)
    assert "MEANING_THRESHOLD" in find.find_concept.__code__.co_names


def _answer(text: str) -> Answer:
    return Answer.of(Text.of(text))


def _prepared(name: str, contradicts: tuple[str, ...] = (), description: str = ""):
    concept = Concept(name, 1.0, contradicts=contradicts, description=description)
    subjects = prepare_subjects([concept], asked=frozenset())
    said = [p for a in concept.phrases if (p := make_phrase(a)) is not None]
    return prepare_concept(concept, said, subjects), subjects


def test_a_denial_splitting_the_match_denies_it() -> None:
    prepared, _ = _prepared("weights tweaked")
    phrase = prepared.phrases[0]
    denied = _answer("The weights are never tweaked.")
    words = denied.text.words
    at = [words.index("weights"), words.index("tweaked")]
    assert match_denials.split_by_a_denial(phrase, denied, at, prepared.phrase_stems)
    said = _answer("The weights are tweaked.")
    at = [said.text.words.index("weights"), said.text.words.index("tweaked")]
    assert not match_denials.split_by_a_denial(phrase, said, at, prepared.phrase_stems)


def test_a_denial_that_rejects_a_listed_wrong_claim() -> None:
    prepared, subjects = _prepared("reward model", contradicts=("DPO needs a reward model",))
    wrong = find_all.wrong_claims([prepared])
    assert [p.text for p in wrong] == ["DPO needs a reward model"]
    answer = _answer("DPO does not need a reward model.")
    found = find_all.find_concepts([prepared], subjects, answer)
    assert [f.status for f in found] == ["missing"]  # rejected the wrong claim: no denial
    match = match_phrase(prepared.phrases[0], answer, unit="sentence")
    assert match is not None
    assert match_denials.rejects_a_wrong_claim(match, answer, wrong)
    assert not match_denials.rejects_a_wrong_claim(match, answer, ())


def test_a_clause_with_the_direction_turned_around_does_not_say_the_description() -> None:
    prepared, _ = _prepared("sharper", description="a lower temperature sharpens it")
    lower = Text.of("lower").stems[0]
    prepared = replace(prepared, meaning_directions=frozenset({lower}))
    same = _answer("a lower temperature sharpens the distribution")
    assert meaning_match.says_the_description(prepared, same, 0, len(same.text.words) - 1)
    turned = _answer("a higher temperature sharpens the distribution")
    assert not meaning_match.says_the_description(prepared, turned, 0, len(turned.text.words) - 1)
    denied = _answer("it never sharpens or lowers anything at all")
    assert not meaning_match.says_the_description(
        replace(prepared, meaning_directions=frozenset()), denied, 1, len(denied.text.words) - 1
    )
