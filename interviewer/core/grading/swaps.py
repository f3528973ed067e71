"""Reference mode's swapped subjects: what the answer key says of one thing, said of the other.

A bank without a rubric has no `about` to say which property belongs to which subject, so
"WHERE filters groups after aggregation; HAVING filters rows before grouping" shared every word
with the key "WHERE filters rows before grouping, while HAVING filters groups after
aggregation" and scored as well as the right answer. The key's own contrasts can still be read:

- a *side* of the key is a clause, or a stretch of one between "and", "or", "while", "but",
  commas and semicolons, led by its subject: its first content word, or a word written in
  capitals ("WHERE"), with the words hyphened to it ("write-through" and "write-back" are two
  subjects); a side that starts with "it" or "they" is said of its sentence's subject, or of
  the previous sentence's when the sentence starts with it ("Optimistic locking takes no lock:
  it checks a version number ...; it suits low contention"); one that starts with another
  pronoun ("which ...") has no subject and is not one (play28 B1);
- a word right after two of the key's subjects is the head of their names ("optimistic
  locking", "pessimistic locking"), not something a side says; what a negation reaches is said
  negated ("takes no lock": "take", and NOT "lock"), so "takes a lock" / "takes no lock" tell
  two sides apart as "mutable" / "immutable" do;
- an order of arrival is one word ("last in, first out", "FIFO", or said by the age of what
  leaves: "removes the oldest first"), one of two that are opposed (in_out_orders.py): "a
  stack is last in, first out; a queue is first in, first out" contrasts by its orders, where
  the words "first" and "last" told the queue's side apart by nothing (ref_swaps42);
- a *contrast* is two sides with different subjects that share at least one other word, or say
  one word and its negation ("mutable" / "immutable", "reliable" / "unreliable", "connection" /
  "connectionless"): they say the same kind of thing ("filters", "memory", "delivery"); and
  each says at least one word the other does not (what tells them apart: "rows", "groups");
  direction words do not tell sides apart here: "low training error, high validation error"
  said the other way round is reversals.py's, one wrong claim and not also a swap; nor does a
  word the key says of the other subject in any of its sides ("changed the row", said of both
  kinds of locking);
- an answer *swaps* a contrast when it has a side led by the second subject that says at least
  half of what tells the first side apart and nothing of the second's, and the same the other
  way round, and never says either the key's way.

Both halves are needed: one side said of the other subject alone is too often a side remark.
Measured with a prototype before this module was written: one side alone flagged 155 of 1,858
correct genai answers graded against their references alone, and 70 of 8,283 correct
SemEval-2013 and Mohler answers; both halves flag none of either, and 181 of 198 genai
references with the subjects of a contrast exchanged (benchmarks/reversals.py). A negation
inside a side is part of what it says, and is not read. Each swap is a
`Contradiction` quoting the candidate's two stretches, and the score is capped
(reference_scoring.CAP). Sides are read in subject_sides.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from .clauses import Structure
from .matching import Answer
from .opposed_sides import NOT, opposed
from .result import Contradiction
from .subject_initials import read_by_initials
from .subject_sides import Side, holds_sides, sides
from .text import DIRECTION_WORDS, Text

SAID_SHARE = 0.5
"""An answer side says what tells a side of the key apart when it has at least this share of
those words (and at least one)."""
MAX_SIDES = 40
"""A key of more sides than this is not read for contrasts (pairs grow with the square)."""


@dataclass(frozen=True)
class Contrast:
    """Two sides of the key that say different things of two subjects."""

    subjects: tuple[str, str]
    """Their stems."""
    apart: tuple[frozenset[str], frozenset[str]]
    """What only the first says, and what only the second says (without the other subject)."""
    quotes: tuple[str, str]
    """The key's own words for each side."""
    names: tuple[str, str]
    """The subjects as the key writes them."""
    heads: frozenset[str] = frozenset()
    """The stems of the key's names' heads ("lock" of "optimistic locking")."""


COORDINATORS = frozenset("and or vs versus".split())
"""Words that join two things a question sets side by side ("a process and a thread")."""
COORDINATED_REACH = 4
"""How many words before and after a coordinator a question's contrasted subject may be."""


def contrasted_pairs(question: Text) -> frozenset[frozenset[str]]:
    """The pairs of content stems a question joins by "and", "or" or "vs" within
    COORDINATED_REACH words of it, in one clause ("What is the difference between a process
    and a thread?": process and thread); not the words of one name ("What is model
    alignment?")."""
    words, stems = question.words, question.stems
    content = set(question.content)
    pairs: set[frozenset[str]] = set()
    for k, word in enumerate(words):
        if word not in COORDINATORS:
            continue
        before = [
            stems[i]
            for i in range(max(0, k - COORDINATED_REACH), k)
            if i in content and not _broken(question, i, k)
        ]
        after = [
            stems[i]
            for i in range(k + 1, min(len(words), k + 1 + COORDINATED_REACH))
            if i in content and not _broken(question, k, i)
        ]
        pairs.update(frozenset((a, b)) for a in before for b in after if a != b)
    return frozenset(pairs)


def _broken(text: Text, first: int, last: int) -> bool:
    """Whether punctuation stands between words `first` and `last` (`first` < `last`)."""
    between = text.raw[text.spans[first][1] : text.spans[last][0]]
    return any(p in between for p in ",;:.?!()")


def reference_contrasts(
    reference: Text, asked: frozenset[frozenset[str]] = frozenset()
) -> list[Contrast]:
    """The contrasts of one reference answer, read with the bank's thesaurus; `asked` holds
    the pairs of subjects the question sets side by side (`contrasted_pairs`)."""
    structure = Structure.of(reference)
    found = sides(reference, structure)
    named: dict[str, set[str]] = {}
    for side in found:
        if side.head is not None:
            named.setdefault(side.head, set()).add(side.subject)
    # a word right after two subjects is the head of their names ("optimistic locking",
    # "pessimistic locking"): it tells neither apart
    heads = frozenset(h for h, subjects in named.items() if len(subjects) > 1)
    if heads:
        found = sides(reference, structure, heads)
    if len(found) > MAX_SIDES:
        return []
    # a clause that holds two sides ("a list is mutable and a tuple is immutable") says both
    # sides' words of its first subject: its stretches are the sides, not the clause (play29 F4)
    found = [s for s in found if not holds_sides(reference, s, found)]
    said_of: dict[str, set[str]] = {}
    for side in found:
        said_of.setdefault(side.subject, set()).update(side.said)
    contrasts: dict[tuple[str, str, frozenset[str], frozenset[str]], Contrast] = {}
    for one, two in combinations(found, 2):
        a, b = one.subject, two.subject
        # two kinds of one thing ("breadth-first search", "depth-first search": a head after
        # both subjects) are contrasted by naming them, whatever each side says, one said of
        # either by "it" too ("uses a
        # queue" / "uses a stack" share no content word): ref_keys43 had passed them swapped
        kinds = any({a, b} <= named[head] for head in heads)
        # two subjects the question sets side by side ("What is the difference between a
        # process and a thread?") are contrasted by it, whatever each side says: "has its
        # own address space" / "share its memory and open files" share no content word, and
        # the two said of each other's subject had passed at 91.1 (ref_keys46 p03); not two
        # words of one name ("What is model alignment?": devset d1013 read as swapped)
        questioned = frozenset((a, b)) in asked
        if a == b or not (
            one.said & two.said or opposed(one.said, two.said) or kinds or questioned
        ):
            continue
        # direction words are reversals.py's: "low training error, high validation error"
        # said the other way round is one reversal, not also a swap of two subjects
        # what tells a side apart is what the key never says of the other subject: "changed
        # the row", said of both kinds of locking in other clauses, tells neither apart
        apart = (
            frozenset(w for w in one.said if w != b and _told(w, said_of[b])),
            frozenset(w for w in two.said if w != a and _told(w, said_of[a])),
        )
        if not apart[0] or not apart[1]:
            continue
        key = (a, b, *apart)
        if key not in contrasts:
            contrasts[key] = Contrast(
                (a, b),
                apart,
                (reference.quote(one.first, one.last), reference.quote(two.first, two.last)),
                (_subject_word(reference, one), _subject_word(reference, two)),
                heads,
            )
    return list(contrasts.values())


def _told(word: str, other: set[str]) -> bool:
    """Whether a word of a side may tell it apart from what the key says of the other subject
    (`other`): not said there, and not a direction word ("low training error, high validation
    error" said the other way round is reversals.py's), negated or not."""
    return word not in other and word.removeprefix(NOT) not in DIRECTION_WORDS


def _subject_word(text: Text, side: Side) -> str:
    """The subject as the text writes it ("Optimistic", "Write-through")."""
    if side.name is None:
        return side.subject
    return text.raw[text.spans[side.name[0]][0] : text.spans[side.name[1]][1]]


def says(
    found: list[Side], subject: str, apart: frozenset[str], other: frozenset[str]
) -> Side | None:
    """The first side led by `subject` that says what `apart` holds and nothing of `other`."""
    for side in found:
        if side.subject != subject or side.said & other:
            continue
        # a word said negated counts when said, not in the share asked for: "UDP is
        # connectionless" says what tells "UDP is connectionless and gives no delivery
        # guarantee" apart
        plain = [w for w in apart if not w.startswith(NOT)]
        if len(side.said & apart) >= max(1.0, SAID_SHARE * len(plain)):
            return side
    return None


def answer_sides(contrasts: list[Contrast], parsed: Answer) -> list[Side]:
    """The answer's sides that are not set aside, read with the key's heads, a side's subject
    named by its initials read as the key's (subject_initials.py)."""
    text, structure = parsed.text, parsed.structure
    heads = frozenset(h for c in contrasts for h in c.heads)
    found = [s for s in sides(text, structure, heads) if not structure.dismissed([s.first])]
    found = [s for s in found if not holds_sides(text, s, found)]
    return read_by_initials(found, {s for c in contrasts for s in c.subjects}, heads)


def swapped(contrasts: list[Contrast], parsed: Answer) -> list[Contradiction]:
    """The key's contrasts that the answer says with their subjects swapped, and never the
    key's way."""
    if not contrasts:
        return []
    text = parsed.text
    found = answer_sides(contrasts, parsed)
    wrong: list[Contradiction] = []
    seen: set[frozenset[str]] = set()
    for contrast in contrasts:
        a, b = contrast.subjects
        if frozenset((a, b)) in seen:
            continue  # one swap of two subjects is told once
        one, two = contrast.apart
        said_of_b = says(found, b, one, two)
        said_of_a = says(found, a, two, one) if said_of_b else None
        if said_of_b is None or said_of_a is None:
            continue
        if says(found, a, one, two) or says(found, b, two, one):
            continue  # said the key's way somewhere too
        seen.add(frozenset((a, b)))
        first, second = contrast.names
        wrong.append(
            Contradiction(
                concept=f"{first} and {second} (swapped)",
                evidence=(
                    text.evidence(said_of_b.first, said_of_b.last),
                    text.evidence(said_of_a.first, said_of_a.last),
                ),
                detail=f"the answer key says “{contrast.quotes[0]}” and “{contrast.quotes[1]}”",
            )
        )
    return wrong
