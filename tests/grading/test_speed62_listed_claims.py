"""speed62: `stated_contradiction` picks a concept's listed wrong claims that may be there once
(`possible`) for its three readings of them, and `listed_through_pronoun` reads an answer's
pronouns (`pronoun_claims.antecedents`) only when one of those claims is left to look for."""

from __future__ import annotations

from interviewer.core.bank import Concept
from interviewer.core.grading.claims import of_subject, stated
from interviewer.core.grading.concepts import prepare_concept, prepare_subjects
from interviewer.core.grading.matching import Answer, make_phrase
from interviewer.core.grading.text import Text

CLAIM = "GPT is an encoder-only transformer"
SAID = "GPT stands for Generative Pre-trained Transformer, and it is an encoder-only transformer."


def _prepared(contradicts: tuple[str, ...]):  # type: ignore[no-untyped-def]
    concept = Concept("decoder only", 1.0, ("decoder-only",), contradicts=contradicts)
    subjects = prepare_subjects([concept], asked=frozenset())
    said = [p for a in concept.phrases if (p := make_phrase(a)) is not None]
    return prepare_concept(concept, said, subjects)


def test_a_claim_said_through_a_pronoun_is_found_when_it_may_be_there() -> None:
    prepared = _prepared((CLAIM,))
    possible = {id(p) for p in prepared.contradicts}
    found = stated.stated_contradiction(prepared, Answer.of(Text.of(SAID)), possible=possible)
    assert found is not None and found.status == "contradicted"
    found = stated.stated_contradiction(prepared, Answer.of(Text.of(SAID)))
    assert found is not None and found.status == "contradicted"


def test_no_claim_that_may_be_there_reads_no_pronoun() -> None:
    prepared = _prepared((CLAIM,))
    answer = Answer.of(Text.of(SAID))
    assert stated.stated_contradiction(prepared, answer, possible=set()) is None
    assert answer.antecedents is None  # the pronouns were not read
    assert of_subject.listed_through_pronoun(prepared, answer, []) is None
    assert answer.antecedents is None
    # with the claims left to look for, they are read (and kept on the answer)
    assert of_subject.listed_through_pronoun(prepared, answer, prepared.contradicts) is not None
    assert answer.antecedents
