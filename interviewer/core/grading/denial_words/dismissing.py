"""The phrases that name a claim only to dismiss it ("it is a myth that", "people often
think", "a common misconception is") (`dismissing`)."""

from __future__ import annotations

from collections.abc import Sequence

DISMISSING = (
    "myth",
    "misconception",
    "wrong to",
    "mistake",
    "mistaken",
    "often assumed",
    "commonly assumed",
    "people sometimes think",
    "people often think",
    "people believe",
    "misleading to",
    "not true",
    "false that",
    "incorrect to",
    "people think",
    "people assume",
    "people often assume",
    "people sometimes assume",
    "people often believe",
    "it is not",
    "common error",
    "frequent error",
    "typical error",
    "nobody should",
    "no one should",
    "nobody would",
    "no one would",
    "people say",
    "people often say",
    "people sometimes say",
    "people will say",
    "it is often said",
    "it is commonly said",
    "it is sometimes said",
    "common belief",
    "popular belief",
    "widespread belief",
    "widely believed",
    "commonly believed",
    "often believed",
    "many believe",
    "many people believe",
    "many people think",
    "many think",
    "many assume",
    "common assumption",
    "widespread assumption",
    "popular assumption",
)
"""Phrases before which, in the same sentence, a statement is named only to be dismissed
("nobody should claim that ...": the claim is set aside, as after "it is a myth that"). A belief
reported as other people's ("people often say", "a common belief is that", "many believe",
veto56) is dismissed too, unless a judgment right after it endorses it ("..., and that is
true": judgments.judged_right_after)."""
_DISMISSING_NOUNS = frozenset(("myth", "misconception", "mistake"))
"""Of DISMISSING, the nouns that dismiss only as the claim's frame: followed by one of
_FRAMING, by a holder and _HELD_BY ("a mistake people make is ...") or by the claim itself ("a
common mistake is to ...", "it is a myth that ..."), not "a single sequence can't correct its
own mistakes"."""
_FRAMING = frozenset("that is to was are".split())
_HELD_BY = frozenset("make makes made have has had".split())
"""Verbs of a relative clause that names who holds the dismissed claim, right after the
holder: "a mistake people make is to think that ...", "a misconception many have is ..."
(correct_probes54 cp54-012). Not a model's own mistake: "each mistake it makes"."""
_NOT_HOLDERS = frozenset("it its the a an this".split())


def dismissing(words: Sequence[str], skip: str = "", breaks: Sequence[bool] = ()) -> bool:
    """Whether the words before a statement, in its sentence, hold a DISMISSING phrase (other
    than `skip`), as whole words; `breaks` tells, for each word, whether a new clause starts
    after it ("A common misconception: ...")."""
    joined = " " + " ".join(words) + " "
    for phrase in DISMISSING:
        if phrase == skip or f" {phrase} " not in joined:
            continue
        if phrase not in _DISMISSING_NOUNS:
            return True
        for i, word in enumerate(words):
            if word == phrase and (
                i + 1 == len(words)
                or words[i + 1] in _FRAMING
                or (i < len(breaks) and breaks[i])
                or (
                    i + 2 < len(words)
                    and words[i + 2] in _HELD_BY
                    and words[i + 1] not in _NOT_HOLDERS
                )
            ):
                return True
    return False
