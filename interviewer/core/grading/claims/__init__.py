"""Wrong claims of a concept: its `contradicts` and reversed directions stated, said of the
subject they name or of a pronoun standing for it (misconceptions: misconceptions.py).

phrases.py     the wrong claims made ready once per question (`statement_phrases`,
               `subject_named_first`)
stated.py      a wrong claim the answer states (`stated_contradiction`), or a direction reversed
of_subject.py  a listed wrong claim said of a subject it does not name: one named before, a
               pronoun, none
own_claim.py   whether a claim found is the candidate's own (`stated_as_said`,
               `answered_with_none`), and the finding a listed one makes
"""

from .of_subject import LINKS, PRONOUN_GAP, SAME_SUBJECT
from .own_claim import answered_with_none
from .phrases import statement_phrases, subject_named_first
from .stated import stated_contradiction

__all__ = [
    "LINKS",
    "PRONOUN_GAP",
    "SAME_SUBJECT",
    "answered_with_none",
    "stated_contradiction",
    "statement_phrases",
    "subject_named_first",
]
