"""claims/ (code60): a concept's wrong claims split by idea, one module each, every name the
old claims.py defined for its callers still importable from the package, and a rule of each
module."""

from __future__ import annotations

import importlib

from interviewer.core.bank import Concept
from interviewer.core.grading import claims
from interviewer.core.grading.claims import of_subject, own_claim, phrases, stated
from interviewer.core.grading.concepts import prepare_concept, prepare_subjects
from interviewer.core.grading.matching import Answer, make_phrase
from interviewer.core.grading.text import Text

WHERE = {
    "phrases": "statement_phrases subject_named_first",
    "stated": "stated_contradiction",
    "of_subject": "LINKS PRONOUN_GAP SAME_SUBJECT",
    "own_claim": "answered_with_none",
}
"""Each public name of the old claims.py (7), by the module that defines it now."""


def test_every_old_name_is_the_package_s_and_its_module_s() -> None:
    named = [(module, name) for module, names in WHERE.items() for name in names.split()]
    assert sorted(claims.__all__) == sorted(name for _, name in named)
    for module, name in named:
        defining = importlib.import_module(f"{claims.__name__}.{module}")
        assert getattr(claims, name) is vars(defining)[name], name


def _answer(text: str) -> Answer:
    return Answer.of(Text.of(text))


def _prepared(contradicts: tuple[str, ...]):
    concept = Concept("no reward model", 1.0, ("without a reward model",), contradicts=contradicts)
    subjects = prepare_subjects([concept], asked=frozenset())
    said = [p for a in concept.phrases if (p := make_phrase(a)) is not None]
    return prepare_concept(concept, said, subjects)


def test_statement_phrases_ignore_a_claim_of_one_word_unless_negative() -> None:
    kept = phrases.statement_phrases(["write it", "no labels", "trains a reward model"])
    assert [p.text for p in kept] == ["no labels", "trains a reward model"]


def test_a_listed_wrong_claim_said_plainly_is_stated_and_denied_is_not() -> None:
    prepared = _prepared(("DPO trains a separate reward model",))
    found = stated.stated_contradiction(
        prepared, _answer("DPO trains a separate reward model first.")
    )
    assert found is not None
    assert (found.status, found.error) == ("contradicted", "stated")
    assert found.evidence in "DPO trains a separate reward model first."
    denied = _answer("DPO does not train a separate reward model.")
    assert stated.stated_contradiction(prepared, denied) is None


def test_a_claim_is_the_candidate_s_own_only_where_not_negated() -> None:
    claim = phrases.statement_phrases(["trains a reward model"])[0]
    plain = _answer("It trains a reward model.")
    assert own_claim.stated_as_said(claim, plain, [1, 2, 3, 4])
    negated = _answer("It never trains a reward model.")
    assert not own_claim.stated_as_said(claim, negated, [2, 3, 4, 5])
    finding = own_claim.listed_wrong(_prepared(()), "trains a reward model", plain.text, [1, 4])
    assert finding.detail == "the rubric lists 'trains a reward model' as a wrong claim"


def test_a_clause_opened_by_a_pronoun_and_a_hyphened_word() -> None:
    answer = _answer("GRPO samples a group. But it simply drops the clipping.")
    drops = answer.text.words.index("drops")
    assert of_subject._opened_by_pronoun(answer, drops)
    assert not of_subject._opened_by_pronoun(answer, answer.text.words.index("group"))
    hyphened = _answer("BERT is encoder-only and sees the context.")
    only = hyphened.text.words.index("only")
    assert of_subject._hyphened_to_previous(hyphened, only)
    assert not of_subject._hyphened_to_previous(hyphened, only + 1)
