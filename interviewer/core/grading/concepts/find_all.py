"""What an answer says about every concept of a question (`find_concepts`), and the wrong
claims a denial may reject without denying a concept (`wrong_claims`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

from ..figures import check_figures
from ..findings import Finding, PreparedConcept
from ..matching import Answer, Phrase
from ..meaning import AnswerSimilarities
from ..statements import StatementIndex
from ..subjects import Mentions, Subject
from .find import find_concept


def find_concepts(
    concepts: Sequence[PreparedConcept],
    subjects: Sequence[Subject],
    answer: Answer,
    meaning: AnswerSimilarities | None = None,
    index: StatementIndex | None = None,
    wrong: Sequence[Phrase] | None = None,
    *,
    denied_inside: bool = False,
    asked: frozenset[str] | None = None,
) -> list[Finding]:
    """What the answer says about each concept, in order (see `find_concept`); `meaning`, the
    answer's similarities to the descriptions, for the meaning match and the nearest quote;
    `index`, when the caller keeps one, the StatementIndex of the concepts' `whole_words`
    (one group per concept), which spares looking for those that cannot be there;
    `wrong`, the question's wrong claims that a denial may reject without denying a concept
    ("DPO does not need a reward model"; "unmasked tokens are not predicted" against the
    misconception "unmasked tokens are predicted too"): `PreparedQuestion.rejectable_claims`,
    else the concepts' own `contradicts`; `denied_inside` and `asked` (see `find_concept`)."""
    mentions = Mentions.of(subjects, answer)
    if wrong is None:
        wrong = wrong_claims(concepts)
    possible: AbstractSet[int] | None = None
    if index is not None:
        possible = {id(concepts[g].whole_words[k]) for g, k in index.candidates(answer)}
    found = [
        find_concept(
            c,
            answer,
            mentions,
            subjects,
            meaning,
            wrong,
            possible,
            concepts,
            denied_inside=denied_inside,
            asked=asked,
        )
        for c in concepts
    ]
    return check_figures(found, answer.text.raw)


def wrong_claims(
    concepts: Sequence[PreparedConcept], misconceptions: Iterable[Phrase] = ()
) -> tuple[Phrase, ...]:
    """The concepts' `contradicts` and the misconception phrases that are not said in the
    negative: the wrong claims a denial may reject without denying a concept."""
    return tuple(p for c in concepts for p in c.contradicts if not p.negative) + tuple(
        p for p in misconceptions if not p.negative
    )
