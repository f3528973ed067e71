"""reversals/ as a package, one module per idea: said.py (what a clause says in a direction, a
reference's claims) and turned.py (an answer's clauses read against them); the names callers
import from `interviewer.core.grading.reversals` kept where they were."""

from __future__ import annotations

import interviewer.core.grading.reversals as reversals
from interviewer.core.grading.reversals import said, turned

BEFORE_THE_SPLIT = """COMPARING CONDITIONS INVERTING LONGEST_CLAIM MIN_OTHER_WORDS REASONS
SHARED_SHARE Claim Readings Said read_comparatives reference_claims said_clauses
turned_around""".split()
"""The public names reversals.py defined at 528bb0cf that callers and tests import."""


def test_the_names_callers_import_are_the_modules_own() -> None:
    assert sorted(reversals.__all__) == sorted(BEFORE_THE_SPLIT)
    for name in BEFORE_THE_SPLIT:
        homes = [module for module in (said, turned) if name in vars(module)]
        assert homes and all(getattr(m, name) is getattr(reversals, name) for m in homes), name


def test_a_reference_s_claims_are_read_without_the_answer_side() -> None:
    """said.py reads a text alone: the claims of a reference need nothing of turned.py."""
    assert "turned" not in {
        value.__module__.rsplit(".", 1)[1]
        for value in vars(said).values()
        if getattr(value, "__module__", "").startswith(reversals.__name__ + ".")
    }
    claims = said.reference_claims("Low training error but high validation error is overfitting.")
    assert claims and all(c.said.directions and c.said.plain for c in claims)
