"""A key's negation inside a relative clause that restricts a noun of its claim: "TCP
retransmits a segment whose acknowledgement does not arrive before a timeout" claims that TCP
retransmits, of some segments; "an object that is not reachable from the roots is garbage"
claims that some objects are garbage. The "not" picks which ones; it does not deny the claim.
Read as the key's polarity, it had taken 17 points from every short answer that says no "not"
and capped it at 50 (ref_keys43 t03: "Acknowledgements, retransmission after a timeout,
checksums and sequence numbers for ordering.").

A relative clause is the claim, though, when the clause it hangs on says only that something is
somewhere or exists ("the battery is contained in a path in which there is no bulb", "There is a
path with B and C that does not include X": SemEval-2013 Beetle's keys): its main clause has a
form of "be" (or "there") before the relative word. Ignoring every relative-clause negation had
cost Beetle train accuracy 0.7554 -> 0.7513 (ref43). A "that" right after a verb ("means that
the terminals are not connected") opens what is said, not a relative clause: its "not" counts.

A negation in a non-restrictive clause whose subject is the "which" itself ("A linked list is
a chain of nodes, each pointing to the next, which does not need one contiguous block of
memory") comments on a claim said plainly before the comma (`comments`): the key still denies,
but an answer speaks to that denial only by saying most of it (denied_terms.COMMENT_SHARE), not
one word of it ("It stores nodes scattered in memory" had been capped at 50 as the opposite).

A key whose every negation restricts a noun so has no polarity (None, as a key that says a word
and its negative-prefixed form): a short answer's "not" or its lack says nothing of it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .denial_words import has_negation, two_sided
from .text import Text
from .text.function_words import AUXILIARIES, RELATIVES
from .verbs import COPULAS, is_verb

BOUNDARY_WORDS = frozenset("so but while whereas because since although".split())
"""Words that open a clause of their own: what comes before them is no part of the claim a
relative clause after them hangs on. Not "and" nor "or", which join nouns as often ("a path
with A and B that C is not in"). Read with no punctuation before them, unlike
matching.clause_openers.CLAUSE_OPENERS (after a break): no adverb that may stand inside a clause
("thus", "then"), no relative (RELATIVES are read apart); "yet" and "though" of
text.function_words.CONTRASTING are not in it (not measured: reference mode reads these keys)."""
EXISTS = COPULAS | frozenset(("there",))
"""Words of a main clause that says only that something is somewhere, or exists."""
SENTENCE_ENDS = ".;:!?"
"""What ends the main clause a comment (`comments`) goes back to."""
COMMENT_LEADS = AUXILIARIES - frozenset(("had", "shall", "cannot"))
"""Words that may stand between a comment's "which" and its negation (", which does not"): the
auxiliaries but "cannot" (a negation itself) and "had", "shall" (never read here)."""
SAYS_THAT = frozenset("means mean meant shows show says say so such given implies".split())
"""Words after which "that" opens what is said, not a relative clause (besides verbs)."""


def _boundary(text: Text, i: int) -> bool:
    """Whether a clause starts at position i: after punctuation, or at a BOUNDARY_WORDS word."""
    if i == 0 or text.words[i] in BOUNDARY_WORDS:
        return True
    gap = text.raw[text.spans[i - 1][1] : text.spans[i][0]]
    return any(p in gap for p in ",;:.!?()")


def restricts(text: Text, i: int) -> bool:
    """Whether the negation at position i is inside a relative clause that restricts a noun of
    a claim made by another verb (see the module docstring)."""
    words = text.words
    j = i - 1
    while j >= 0 and not _boundary(text, j + 1):
        if words[j] in RELATIVES:
            break
        j -= 1
    else:
        return False
    if j < 0 or words[j] not in RELATIVES:
        return False
    left, right = text.spans[j]
    if text.raw[left:right].isupper():
        return False  # a name: "so HAVING can use COUNT and WHERE cannot" (ref_swaps42)
    if words[j] == "that" and j > 0:
        before = words[j - 1]
        if before in SAYS_THAT or is_verb(before, text.stems[j - 1], words[j - 2] if j > 1 else ""):
            return False
    start = j
    while start > 0 and not _boundary(text, start):
        start -= 1
    main = words[start:j]
    return bool(main) and not any(w in EXISTS for w in main)


def comments(text: Text, i: int) -> bool:
    """Whether the negation at position i is in a non-restrictive ", which ..." clause whose
    subject is the "which" (", which does not", ", which cannot"), after a main clause with
    no "there" and no negation of its own (see the module docstring)."""
    words = text.words
    j = i - 1
    while j >= 0 and words[j] in COMMENT_LEADS:
        j -= 1
    if j <= 0 or words[j] != "which" or i - j > 2:
        return False
    if "," not in text.raw[text.spans[j - 1][1] : text.spans[j][0]]:
        return False
    start = j
    while start > 0 and not any(
        p in text.raw[text.spans[start - 1][1] : text.spans[start][0]] for p in SENTENCE_ENDS
    ):
        start -= 1
    main = words[start:j]
    return bool(main) and "there" not in main and not has_negation(main)


def only_comments(text: Text) -> bool:
    """Whether the text denies something and every negation of it comments (`comments`)."""
    denials = [i for i, w in enumerate(text.words) if has_negation((w,))]
    return bool(denials) and all(comments(text, i) for i in denials)


def key_polarity(text: Text) -> bool | None:
    """Whether a key says its point with a negation: None when its polarity says nothing of
    which side an answer takes (it says a word and its negative-prefixed form, or each of its
    negations restricts a noun: `restricts`)."""
    words: Sequence[str] = text.words
    if two_sided(words):
        return None
    denials = [i for i, w in enumerate(words) if has_negation((w,))]
    if denials and all(restricts(text, i) for i in denials):
        return None
    return has_negation(words)
