"""Concepts found in an answer as claims: said of the right subject, in the right direction.

A concept is credited when one of its phrases (name or alias) stands in one sentence of the
answer, or when a clause of the answer says what its description says (TF-IDF similarity at
clause level, see `MEANING_THRESHOLD`), and:

- it is not denied ("does not need labels" does not cover "labels"); a denial that rejects a
  wrong claim the rubric lists for the question ("DPO does not need a reward model", where
  "DPO requires a reward model" is listed) is the candidate right about another thing, and is
  neither credit nor a denial of the concept;
- a negatively phrased concept ("no reward model") is said in the negative too;
- when the concept is `about` a subject of a contrast (BERT vs GPT), the sentence does not
  attach it to another subject of the question: that is a swap;
- the answer states none of the concept's `contradicts`, nor a directional phrase of it turned
  around ("higher is better" for "lower is better"), other than to reject it.

A swap or a contradiction is not credited and is reported with the candidate's own words.

prepare.py        a concept made ready to be found: `prepare_concept`
find.py           what an answer says about one concept: `find_concept`, and the meaning
                  match's thresholds (`MEANING_THRESHOLD`)
find_all.py       what it says about every concept of a question: `find_concepts`, and the
                  wrong claims a denial may reject (`wrong_claims`)
match_denials.py  a denial splitting a match, or rejecting a listed wrong claim instead
meaning_match.py  a clause close to the description says it the same way
implied.py        the bare word of a "more X" phrase said of the concept's subject
"""

from ..claims import statement_phrases
from ..findings import Finding, PreparedConcept
from ..misconceptions import MisconceptionFinding, find_misconceptions
from ..subjects import Mentions, Subject, prepare_subjects, swap_subjects
from .find import CLOSEST_SHOWN, MEANING_CREDIT, MEANING_THRESHOLD, find_concept
from .find_all import find_concepts, wrong_claims
from .prepare import prepare_concept

__all__ = [
    "CLOSEST_SHOWN",
    "MEANING_CREDIT",
    "MEANING_THRESHOLD",
    "Finding",
    "Mentions",
    "MisconceptionFinding",
    "PreparedConcept",
    "Subject",
    "find_concept",
    "find_concepts",
    "find_misconceptions",
    "prepare_concept",
    "prepare_subjects",
    "statement_phrases",
    "swap_subjects",
    "wrong_claims",
]
