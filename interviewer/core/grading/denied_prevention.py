"""A prevention denied is a double negation: what it would have prevented happens (neg64).

"The mask fails to stop a token from attending to future tokens", "early stopping does not keep
the model from memorising the training set" say that the token attends and that the model
memorises: the negation denies the
prevention, not the prevented act. Read through the negation's reach (clauses.Structure): the
words from "from" on are taken out of the reach of the negation that stands on the prevention
verb, so the act after "from" is read as said, as in "the mask lets a token attend to future
tokens".

The rule, exactly: a prevention verb (a form of "stop", "prevent", "keep", "block") stands in
the reach of a negation ("not", "n't", "never", "nothing", "no", "fails to", "unable to",
"cannot" ...) with at most MAX_BEFORE words between them, none of them a degree word ("does not
always stop": a degree denied, not the prevention), a relative word ("not the mask that
stops": another thing's prevention) or another prevention verb; then, in the same clause and
at most MAX_OBJECT words after the verb, "from" and a word in "-ing" ("from attending", "from
being lost"); no negation word stands between the verb and "from". The words from "from" to the
end of that negation's reach are then out of it (the words between the negation and "from"
stay in it: "fails to stop the TOKEN" still denies what it names there).

"Fails to prevent X from", "is unable to prevent X from", "has no way to stop X from" + verb are
a failure of the prevention, not its purpose: the "to prevent" after them opens no harm
avoided (frames.framed_before, where "labelled data is used to prevent unsafe outputs" names a
risk, not a claim), so "the mask fails to prevent a token from attending to future tokens" is
read as the other forms are.

A prevention not denied keeps its act from happening: "the mask stops a token from attending
to future tokens" names the attending as a harm avoided, as "to prevent a token attending"
does (frames.py), so the act is not claimed (`prevented`, read by Asides.framed): at 3.47 its
words were read as said, and the listed wrong claim 'can attend to future tokens' flagged the
sentence (0.0). The act is neither said nor denied: no negative alias is credited by it.

What stays read as before: a prevention denied by "nothing" ("nothing stops / nothing prevents
X from Y", `POSSIBILITY_NEGATIONS`: it says Y may happen, often as a permission, "Nothing stops
you from starting with a multi-agent system, but a single agent is cheaper"; fix64); a
prevention without "from" + verb ("does not prevent overfitting",
"fails to stop the leak": what is named is not an act said to happen); "from" + a noun ("does
not protect the model from attackers"); a denied degree ("does not always stop the model from
forgetting"); a condition is left to the readers of the negation ("if nothing stops it from
...": denials.py sees the "if" as before).
"""

from __future__ import annotations

from collections.abc import Sequence

from .denial_words import DEGREE_WORDS, has_negation
from .effort_verbs import FAILING
from .unable_to import UNABLE

PREVENTING = frozenset(
    "stop stops stopped stopping prevent prevents prevented preventing keep keeps kept "
    "keeping block blocks blocked blocking".split()
)
"""Verbs of prevention: with "X from" + verb they say that X does not do it."""

RELATIVES = frozenset("that which who whom whose what".split())
"""Words that open another clause between a negation and a prevention verb ("not the mask that
stops ..."): the prevention is another thing's, not the negated one."""

POSSIBILITY_NEGATIONS = frozenset(("nothing",))
"""Negations whose denied prevention says the act is possible, often as a permission, not that
it happens: "Nothing stops you from starting with a multi-agent system, but a single agent is
cheaper" (fix64, after review64: read as "you start with a multi-agent system", 25.5 -> 0.0).
Left unread, as before neg64."""

MAX_BEFORE = 3
"""At most this many words between the negation and the prevention verb ("does not STOP",
"fails to STOP", "nothing in the model STOPS")."""

MAX_OBJECT = 6
"""At most this many words between the prevention verb and "from" (its object)."""


def prevented_act(
    words: Sequence[str], clauses: Sequence[int], reach: Sequence[int], i: int
) -> int:
    """The position of "from" whose act the prevention verb at `i` is denied of (module
    docstring), or -1 when the word at `i` is no denied prevention."""
    if words[i] not in PREVENTING:
        return -1
    n = reach[i]
    if n < 0 or n == i or i - n - 1 > MAX_BEFORE or words[n] in POSSIBILITY_NEGATIONS:
        return -1
    if any(
        words[k] in DEGREE_WORDS or words[k] in RELATIVES or words[k] in PREVENTING
        for k in range(n + 1, i)
    ):
        return -1
    last = min(len(words) - 2, i + 1 + MAX_OBJECT)
    for j in range(i + 1, last + 1):
        if clauses[j] != clauses[i] or has_negation([words[j]]):
            return -1
        if words[j] == "from":
            after = words[j + 1]
            if clauses[j + 1] == clauses[i] and after.endswith("ing") and len(after) > 4:
                return j
            return -1
    return -1


def cut_denied_preventions(words: Sequence[str], clauses: Sequence[int], reach: list[int]) -> None:
    """Take the act of every denied prevention out of its negation's reach, in place: "fails to
    stop a token FROM ATTENDING TO FUTURE TOKENS" says that the token attends."""
    for i, w in enumerate(words):
        if w not in PREVENTING:
            continue
        j = prevented_act(words, clauses, reach, i)
        if j < 0:
            continue
        n = reach[i]
        for k in range(j, len(words)):
            if reach[k] == n:
                reach[k] = -1


def failed_purpose(words: Sequence[str], i: int) -> bool:
    """Whether the "to" at `i` follows a failure or an inability and opens a prevention with
    "from" + a verb in "-ing" after its object ("fails TO prevent a token from attending", "is
    unable TO stop it from leaking"): the prevention is what failed, not a purpose. Without the
    "from" + verb ("fails to avoid overfitting") the frame is read as before."""
    if i < 1 or words[i] != "to" or i + 2 >= len(words) or words[i + 1] not in PREVENTING:
        return False
    before = words[i - 1]
    if not (
        before in FAILING
        or before in UNABLE
        or (before == "way" and i > 1 and words[i - 2] == "no")
    ):
        return False
    for j in range(i + 2, min(len(words) - 1, i + 3 + MAX_OBJECT)):
        if words[j] == "from":
            return words[j + 1].endswith("ing") and len(words[j + 1]) > 4
    return False


def prevented(
    words: Sequence[str], clauses: Sequence[int], reach: Sequence[int], first: int
) -> bool:
    """Whether the word at `first` is in the act a prevention not denied keeps from happening:
    after "from" + a verb in "-ing" that a prevention verb in no negation's reach opens, in the
    same clause, with at most MAX_OBJECT words between the verb and "from" ("the mask stops a
    token from ATTENDING TO FUTURE TOKENS"). The act is a harm avoided, as after "to prevent"
    (frames.py): not claimed."""
    clause = clauses[first]
    j = first - 1
    while j >= 0 and clauses[j] == clause and words[j] != "from":
        j -= 1
    if j < 1 or clauses[j] != clause or j + 1 >= len(words):
        return False
    after = words[j + 1]
    if not (after.endswith("ing") and len(after) > 4) or j + 1 > first:
        return False
    for i in range(j - 1, max(-1, j - 2 - MAX_OBJECT), -1):
        if clauses[i] != clause:
            return False
        if words[i] in PREVENTING:
            return reach[i] < 0
    return False
