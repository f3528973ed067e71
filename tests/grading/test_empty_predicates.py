"""Empty predicates: the kinds a text cannot hold are not tried, and nothing found changes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.empty_predicates import VAGUE_PREDICATE, vague_predicates
from interviewer.core.grading.text import Text

# words of every kind, their near misses ("cores", "output", "thingy") and plain words
PIECES = [
    *"is are 's really just all what together drive driving shaping round rounds tie".split(),
    *"comes play plays do done make making hold it this that everything home the a an".split(),
    *"rest whole bigger full overall thing things story picture response results".split(),
    *"core cores heart centre essence basis pillars building blocks themes piece".split(),
    *"ingredients toolkit recipe game of name bread and butter big idea ideas half".split(),
    *"equation starting point at its their finest best in nutshell short so on forth".split(),
    *"you get gist that's thats about works usual suspects up out output off top".split(),
    *"concert attention embeddings, weights. loss, model - ; hard-core thingy".split(),
    *"relates related relating to has have lot everything do with linked associated".split(),
    *"connected revolves around centres centered boils down mostly mainly relate".split(),
]


def _all_kinds(text: Text) -> frozenset[int]:
    """vague_predicates with every kind tried, as before kinds were left out."""
    found = [m.span() for m in VAGUE_PREDICATE.finditer(text.raw.lower()) if m.group(0).strip()]
    return frozenset(
        i
        for i, (begin, end) in enumerate(text.spans)
        if any(start <= begin and end <= stop for start, stop in found)
    )


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_leaving_out_the_kinds_a_text_lacks_finds_the_same_words(words):
    text = Text.of(" ".join(words))
    assert vague_predicates(text) == _all_kinds(text)


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ("LoRA and adapters drive the whole thing", "drive the whole thing"),
        ("adapters and LoRA round out", "round out"),
        ("LoRA and adapters are the big themes", "are the big themes"),
        ("LoRA, adapters, the bigger picture", "the bigger picture"),
        ("LoRA and adapters, in a nutshell", "in a nutshell"),
        ("LoRA relates to adapters, ranks and alpha", "relates to"),
        ("LoRA is all about adapters and ranks", "is all about"),
        ("LoRA has a lot to do with adapters", "has a lot to do with"),
        ("LoRA revolves around adapters", "revolves around"),
    ],
)
def test_every_kind_is_found_alone(answer, said):
    # one kind each: the others are left out, and this one is still found
    text = Text.of(answer)
    found = vague_predicates(text)
    assert " ".join(text.words[i] for i in sorted(found)) == said
    assert found == _all_kinds(text)
