""" "Not just another name for X": a denial that two terms are one, not a "not only".

After "not", a restricting word ("only", "just", "merely", "simply", "solely") usually widens
what it restricts: "not only the generator gets the label" says the generator gets it and more,
so clauses.py reads no negation there. Before a renaming noun the idiom says the opposite: "X is
not just another name for Y" denies that X is merely Y under another name, so "another name for
jailbreaking" is denied, not said.

The rule: "not" + a restricting word + an optional determiner ("another", "a", "an", "the") +
at most two adjectives ("new", "different", "fancy", "trendy", "other", "mere", "catchier") + a
renaming noun ("name", "names", "term", "word", "label", "synonym", "rebrand", "rebranding",
"buzzword") + "for" or "of" is a negation: its "not" reaches to the end of its clause, as any
"not" does (clauses.py).
Read so: "Prompt injection is not just another name for jailbreaking", "Prefix tuning is not
only a new term for prompt tuning", "not just a fancy name for fine-tuning".
Left alone (still "not only", no negation): "not just another step in the pipeline" (no
renaming noun), "not only a name but also a method" (no "for" or "of" after the noun), "not
only the name for X but also its definition" is read as a negation too (rare; the clause ends
at "but").
"""

from __future__ import annotations

from collections.abc import Sequence

RESTRICTING = frozenset(("only", "just", "merely", "simply", "solely"))
"""Words that, right after "not", would otherwise make a "not only"."""
DETERMINERS = frozenset(("another", "a", "an", "the"))
ADJECTIVES = frozenset(("new", "different", "fancy", "trendy", "other", "mere", "catchier"))
RENAMING = frozenset(
    ("name", "names", "term", "word", "label", "synonym", "rebrand", "rebranding", "buzzword")
)
"""Nouns that make "another X for Y" say that two terms are one."""
FOLLOWING = frozenset(("for", "of"))
"""What follows the renaming noun: the term it renames ("another name for Y")."""
MAX_ADJECTIVES = 2


def denies_renaming(words: Sequence[str], position: int) -> bool:
    """Whether the "not" at `position` opens "not just another name for ..." (module
    docstring): a negation, though a restricting word follows it."""
    if words[position] != "not" or position + 1 >= len(words):
        return False
    if words[position + 1] not in RESTRICTING:
        return False
    j = position + 2
    if j < len(words) and words[j] in DETERMINERS:
        j += 1
    skipped = 0
    while j < len(words) and words[j] in ADJECTIVES and skipped < MAX_ADJECTIVES:
        j += 1
        skipped += 1
    return j + 1 < len(words) and words[j] in RENAMING and words[j + 1] in FOLLOWING
