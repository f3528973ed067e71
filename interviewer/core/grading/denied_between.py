"""A rubric phrase whose own words a denial splits (deny48, issue 8: fluent wrong answers
that deny a fact in the grammar the phrase's own order does not show).

- *Its verb denied*: the phrase's thing, then a negation standing right on the phrase's verb,
  in one clause: "its weights are never tweaked" against "tweaks the weights", "the weights
  are fixed by hand and never tweaked", "the text prompt is not used to condition the image"
  against "text conditioning"; in reference mode (`copula`), any predicate a copula's "not"
  denies ("the axis is not tilted"). `Structure.denied` reads a negation before a match's
  first word only.
- *Split by a setting aside*: the phrase's words on both sides of "rather than", "instead
  of" or "as opposed to" ("all come from the same sequence, rather than from two different
  ones" does not say "different sequence": the second half is what the answer sets aside).
- *A limit denied*: "no limit on the context window" (or "no cap on", "no bound to") denies
  the limit the rubric credits in naming the context window; it does not name it.

Read as before: a negation of a degree or a possibility ("is not always updated", "might not
be tweaked"), a condition ("if the weights are not tweaked"), a relative clause ("examples
that it never trains on": said of the examples, not a denial of the phrase), a contrast in
between ("real but doesn't match"), a thing narrowed by a word before it ("legitimate
requests aren't blocked" says nothing of blocking harmful ones), a negation whose reach stops
before the phrase's later words, and a phrase that itself says the setting aside or the lack
("instead of retraining", "no limit")."""

from __future__ import annotations

from collections.abc import Sequence

from .denial_words import (
    BE_FORMS,
    DEGREE_WORDS,
    EMPHASIS_WORDS,
    HEDGES,
    MODALS,
    NEGATIONS,
    POSSIBILITY_MODALS,
    SUPPOSING,
    VERB_AUXILIARIES,
)
from .passed_over import PASSING_OVER
from .text import STOP_WORDS
from .text.function_words import (
    CONTRASTING,
    DETERMINERS,
    FINITE_BE,
    FINITE_BE_NOT,
    LIST_CONJUNCTIONS,
    RELATIVES,
)
from .unit_spans import unit_start
from .verbs import is_verb, verb_stem_known

_PARTICIPLE_ENDINGS = ("ed", "en", "wn")
"""A passive's participle ("tweaked", "frozen", "shown"), which `is_verb` may not know."""
_BOTH_WAYS_VERBS = BE_FORMS | VERB_AUXILIARIES | MODALS
"""Before the negation, a verb said both ways: "is and isn't", "can or cannot"."""
_ON_THE_VERB = frozenset("used allowed able meant to be been being get gets got ever".split())
"""Words that may stand between the negation and the phrase's verb: "is not used to
condition", "are never allowed to change", "is not even updated"."""
LIMIT_NOUNS = frozenset("limit limits cap caps bound bounds ceiling maximum restriction".split())
_LIMIT_QUALIFIERS = frozenset("hard fixed real strict practical upper set".split())
_LIMIT_LINKS = frozenset(("on", "to", "for", "in"))
_DETERMINERS = DETERMINERS | frozenset(("that", "any"))
"""Words that may open the noun phrase a denied limit is on ("no limit on that window")."""


def verb_denied(
    words: Sequence[str],
    stems: Sequence[str],
    clauses: Sequence[int],
    reach: Sequence[int],
    positions: Sequence[int],
    own: frozenset[str] = frozenset(),
    *,
    copula: bool = False,
) -> bool:
    """Whether a negation between a match's words stands right on its later words (the
    phrase's verb) and after its earlier ones (its thing), in one clause (module docstring).
    `own`: the stems of the concept's phrases, whose words before the thing name it ("the
    text prompt") rather than narrow it. With `copula` (reference mode, where a key term is a
    bare claim with no listed wrong claim to turn it around), the predicate right after a
    copula's "not" is denied whatever it is: "the axis is not tilted", "a tuple is not
    mutable" (what had been `Structure.denied_inside`, without the guards read here)."""
    first, last = positions[0], positions[-1]
    n = reach[last]
    if not first < n < last or n in positions or clauses[first] != clauses[last]:
        return False
    if words[n] not in NEGATIONS and not words[n].endswith(("n't", "n’t")):
        return False
    held = sorted(positions)
    before = [p for p in held if p < n]
    after = [p for p in held if p > n]
    if not before or not after or any(reach[p] != n for p in after):
        return False
    verb = after[0]
    between = range(n + 1, verb)
    if any(
        words[i] not in STOP_WORDS
        and words[i] not in _ON_THE_VERB
        and words[i] not in EMPHASIS_WORDS
        for i in between
    ):
        return False  # the negation stands on another word: "is not the weights' update"
    if any(words[i] in DEGREE_WORDS or words[i] in HEDGES for i in between):
        return False  # "is not always updated": a degree
    if any(words[i] in RELATIVES or words[i] in CONTRASTING for i in between):
        return False  # "are not the thing that gets updated": said of another thing
    following = words[verb + 1] if verb + 1 < len(words) else ""
    if not (
        words[verb - 1] == "to"
        or words[verb].endswith(_PARTICIPLE_ENDINGS)
        or is_verb(words[verb], stems[verb], words[verb - 1], following)
        or (copula and verb == n + 1 and _copula_not(words, n))
        or _bare_verb_denied(words, stems, n, verb)
    ):
        return False  # "the weights are not the owners"
    for i in range(before[-1] + 1, n):
        if words[i] in RELATIVES or words[i] in CONTRASTING or words[i] in SUPPOSING:
            return False  # "examples that it never trains on", "real but doesn't match"
    if words[n - 1] in POSSIBILITY_MODALS:
        return False  # "might not be tweaked"
    if words[n - 1] in LIST_CONJUNCTIONS and words[n - 2] in _BOTH_WAYS_VERBS:
        return False  # "what the agent is and isn't allowed to do": both ways, no denial
    start = unit_start(clauses, first)
    modifier = first - 1
    if (
        modifier >= start
        and words[modifier].isalpha()
        and words[modifier] not in STOP_WORDS
        and stems[modifier] not in own
    ):
        return False  # "legitimate requests aren't blocked": said of some of them only
    return not any(words[i] in SUPPOSING for i in range(start, first))


def _bare_verb_denied(words: Sequence[str], stems: Sequence[str], n: int, verb: int) -> bool:
    """Whether the phrase's word right after the negation at `n` is a known verb in its bare
        form, which after "not" or "never" is a verb whatever else it can be: "the discriminator
        does not see the condition", "frames never attend to other frames" (`is_verb` reads a bare
        form as a verb only after a subject, an auxiliary or "to"; lead68). Not after a copula's
        "not", where a bare form is a noun or an adjective: "the loss is not scale"; nor after "no",
    which stands on a noun phrase: "the n samples contain no correct one"."""
    return (
        verb == n + 1
        and (words[n] in ("not", "never") or words[n].endswith(("n't", "n’t")))
        and not _copula_not(words, n)
        and not words[verb].endswith(("s", "ed", "ing"))
        and verb_stem_known(stems[verb])
    )


def _copula_not(words: Sequence[str], n: int) -> bool:
    """Whether the negation at `n` is a copula's: "is not", "isn't"."""
    return words[n] in FINITE_BE_NOT or (words[n] == "not" and words[n - 1] in FINITE_BE)


def split_by_setting_aside(
    words: Sequence[str],
    stems: Sequence[str],
    sentences: Sequence[int],
    positions: Sequence[int],
) -> bool:
    """Whether "rather than", "instead of" or "as opposed to" stands between a match's words
    in one sentence, none of its words among them, and the words after it are in what it sets
    aside: no verb between it and them, none of them a verb ("the developer rather than the
    end user usually writes it" goes back to its claim at "writes")."""
    first, last = positions[0], positions[-1]
    if sentences[first] != sentences[last]:
        return False
    held = set(positions)
    for i in range(first + 1, last):
        for phrase in PASSING_OVER.get(words[i], ()):
            end = i + len(phrase)
            if list(words[i:end]) != phrase or held & set(range(i, end)) or end > last:
                continue
            return not any(
                is_verb(
                    words[j], stems[j], words[j - 1], words[j + 1] if j + 1 < len(words) else ""
                )
                for j in range(end, last + 1)
            )
    return False


def limit_denied(words: Sequence[str], clauses: Sequence[int], first: int) -> bool:
    """Whether the words at `first` follow "no (hard) limit on (the)" in their clause, the
    limit they name denied (module docstring)."""
    i = first - 1
    while i >= 0 and words[i] in _DETERMINERS and clauses[i] == clauses[first]:
        i -= 1
    if i < 2 or words[i] not in _LIMIT_LINKS or words[i - 1] not in LIMIT_NOUNS:
        return False
    j = i - 2
    while j >= 0 and words[j] in _LIMIT_QUALIFIERS:
        j -= 1
    return j >= 0 and words[j] == "no" and clauses[j] == clauses[first]
