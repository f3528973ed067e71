"""Closed lists of English function words that several readings share, each defined once.

A reading that needs one of these imports it rather than writing the words again: two copies
kept equal by hand drift apart, and then one reading quietly reads a sentence another reads
right. A list that differs from one of these on purpose stays in its own module, with a
docstring saying how it differs and why (`tests/grading/test_function_words.py` fails when two
modules define the same list twice).
"""

from __future__ import annotations

ARTICLES = frozenset(("a", "an", "the"))
"""The articles: left out when a wording is compared ("learns the noise" is "learns noise"),
skipped before a noun phrase's first content word."""

POSSESSIVES = frozenset(("my", "your", "his", "her", "its", "our", "their"))
"""The possessive determiners: they stand between a word and its noun as articles do ("learns
its weights", a "~" wording of plain_words.py)."""

DETERMINERS = ARTICLES | POSSESSIVES | frozenset(("this", "these", "those"))
"""Words that open a noun phrase before its modifiers: the articles, the possessives and the
demonstratives but "that" (also a relative and a conjunction). Readings that mean them add
"that" or the quantifiers ("any", "each") to it."""

LIST_CONJUNCTIONS = frozenset(("and", "or"))
"""The conjunctions that put items side by side in a list without relating them ("masked,
replaced or kept tokens"); "nor" is read with the negation before it (`denial_words`)."""

RELATIVES = frozenset(("that", "which", "who", "whom", "whose", "where"))
"""Words that open a relative clause ("that" only after a noun)."""

CORE_RELATIVES = frozenset(("that", "which", "who"))
"""The relative words a cleft ("the ones that use ...") or a relative subject ("a cross-encoder
that scored ...") opens with (matching/clefts.py, too_to.py)."""

FINITE_BE = frozenset(("is", "are", "was", "were"))
"""The forms of "be" that carry a clause's tense and take "not" after them ("is not"); not
"be", "been", "being" (`verbs.COPULAS` has those too)."""

PAST_AUXILIARIES = frozenset(("was", "were", "had", "did"))
"""The auxiliaries that set a clause in the past (star/hypothetical.py: a story told in the past;
scoping_frames.py: a claim said of older systems)."""

FINITE_BE_NOT = frozenset(("isn't", "aren't", "wasn't", "weren't"))
"""FINITE_BE with "not" joined to it ("isn't"), written with a straight apostrophe."""

HAVE = frozenset(("has", "have", "had"))
"""The forms of "have" that make a perfect ("has learned") or state a having."""

DO = frozenset(("do", "does", "did"))
"""The forms of "do" that carry a clause's tense before its verb ("does not learn")."""

MODAL_VERBS = frozenset(
    ("can", "could", "will", "would", "shall", "should", "must", "may", "might")
)
"""The modal verbs, each before a bare verb ("can amplify"). `denial_words.MODALS` is a shorter
list of five ("can may could should might", read before "be" by the denial readings), left as it
is (words58's note)."""

AUXILIARIES = FINITE_BE | HAVE | DO | MODAL_VERBS | frozenset(("cannot",))
"""The auxiliaries written as one word with no "n't": a verb phrase goes on after them ("and
can amplify them", ", which does not"). Some readings take words out of it, each saying why."""

BARE_BE_HAVE = frozenset(("be", "have"))
"""The bare forms of "be" and "have", after "to" or a modal, that the verb list does not hold:
"too slow to be used" (too_to.py), "we would have missed the launch" (star/supposed.py)."""

COORDINATORS = LIST_CONJUNCTIONS | frozenset(("but",))
"""The coordinating conjunctions that join a verb phrase to the one before it, sharing its
subject ("distils the teacher and trains a student", "is fast but forgets"); readings add "then"
or "yet" where they met them."""

STATEMENT_JOINS = COORDINATORS | frozenset(("while", "whereas"))
"""Conjunctions that join two statements side by side in one sentence: "and", "or", "but",
and the contrasting "while" and "whereas"; not the subordinators of reason or time ("because",
"when"), which make one statement part of the other. Its readers (a denied statement's start,
a clause's sides) were never measured with the other words of CONTRASTING ("yet", "although",
"though")."""

CONTRASTING = frozenset(("but", "yet", "although", "though", "whereas", "while"))
"""Conjunctions that open a clause set against the one before ("fast, but it forgets",
"although it is slow"): what follows them is said of another thing or in another way. Not
"however" nor the comparing words ("unlike", "versus"), which `denial_words.CONTRASTS` adds
(words that start a new segment of a sentence)."""
