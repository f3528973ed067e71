"""The words of denial: what negates, rejects, dismisses or hedges a claim, and the small
readings of them that need no sentence structure (clauses.py builds on them).

negations.py      the words that deny ("not", "no", removal verbs) and what limits a denial
negated_verbs.py  the verb a negation stands on (`negated_verb`), the copula's denials
setting_aside.py  contrasting, rejecting, differing and comparing phrases
phrase_lists.py   phrases looked up by their first word (`by_first_word`, `opens`)
past_time.py      phrases that set a statement in the past (`in_the_past`)
dismissing.py     phrases that name a claim only to dismiss it (`dismissing`)
breaks.py         sentence and clause breaks, a negation's reach through a list
"""

from .breaks import (
    ABBREVIATIONS,
    CLAUSE_BREAK_RE,
    CLAUSE_OPENERS,
    LIST_ITEM_WORDS,
    NEW_SUBJECT_WORDS,
    SENTENCE_END_RE,
    next_word,
    reach_through_list,
)
from .dismissing import (
    DISMISSING,
    dismissing,
)
from .negated_verbs import (
    BE_FORMS,
    DETERMINERS,
    HEDGES,
    MODALS,
    NEEDED_WORDS,
    PARTICIPLE_AUXILIARIES,
    PARTICIPLE_ENDINGS,
    UNNEEDED_WORDS,
    VERB_AUXILIARIES,
    negated_verb,
    negation_auxiliary,
)
from .negations import (
    ANY_COMPARATIVES,
    ANY_MORE_OBJECT,
    BOTH_SIDES,
    CAUTIONS,
    COORDINATED_WORDS,
    COORDINATORS,
    DEGREE_WORDS,
    EMPHASIS_WORDS,
    LIGHT_VERBS,
    LOSS_WORDS,
    NEED_REMOVERS,
    NEGATIONS,
    NEGATIVE_PREFIXES,
    POSSIBILITY_MODALS,
    REMOVAL_QUANTIFIERS,
    REMOVALS,
    SUPPOSING,
    has_negation,
    removes_the_need,
    two_sided,
)
from .past_time import (
    PAST_TIME,
    PAST_TIME_WORDS,
    in_the_past,
)
from .phrase_lists import (
    by_first_word,
    opens,
)
from .setting_aside import (
    COMPARED_WITH,
    COMPARED_WITH_WORDS,
    CONTRASTS,
    DIFFERING,
    DIFFERING_WORDS,
    REJECTING,
    REJECTING_WORDS,
)

__all__ = [
    "ABBREVIATIONS",
    "ANY_COMPARATIVES",
    "ANY_MORE_OBJECT",
    "BE_FORMS",
    "BOTH_SIDES",
    "CAUTIONS",
    "CLAUSE_BREAK_RE",
    "CLAUSE_OPENERS",
    "COMPARED_WITH",
    "COMPARED_WITH_WORDS",
    "CONTRASTS",
    "COORDINATED_WORDS",
    "COORDINATORS",
    "DEGREE_WORDS",
    "DETERMINERS",
    "DIFFERING",
    "DIFFERING_WORDS",
    "DISMISSING",
    "EMPHASIS_WORDS",
    "HEDGES",
    "LIGHT_VERBS",
    "LIST_ITEM_WORDS",
    "LOSS_WORDS",
    "MODALS",
    "NEEDED_WORDS",
    "NEED_REMOVERS",
    "NEGATIONS",
    "NEGATIVE_PREFIXES",
    "NEW_SUBJECT_WORDS",
    "PARTICIPLE_AUXILIARIES",
    "PARTICIPLE_ENDINGS",
    "PAST_TIME",
    "PAST_TIME_WORDS",
    "POSSIBILITY_MODALS",
    "REJECTING",
    "REJECTING_WORDS",
    "REMOVALS",
    "REMOVAL_QUANTIFIERS",
    "SENTENCE_END_RE",
    "SUPPOSING",
    "UNNEEDED_WORDS",
    "VERB_AUXILIARIES",
    "by_first_word",
    "dismissing",
    "has_negation",
    "in_the_past",
    "negated_verb",
    "negation_auxiliary",
    "next_word",
    "opens",
    "reach_through_list",
    "removes_the_need",
    "two_sided",
]
