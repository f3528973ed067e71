"""A rubric phrase written "A or B" names two alternatives, and one of them says the concept.

A concept is one idea an interviewer would tick (docs/bank-format.md); a concept named, or an
alias written, with an "or" between two alternatives ("replay or rehearsal", "larger batches
or sequences", "prompt or prefix tuning") is ticked by an answer that says either. Read so,
the phrase is also looked for as each alternative alone (`alternatives`), the words it shares
with the other kept with both:

- One word on each side of "or" is the alternative, the rest is shared (a modifier before, a
  head after): "larger batches or sequences" -> "larger batches", "larger sequences"; "fresh
  or private knowledge without retraining" -> "fresh knowledge without retraining", "private
  knowledge without retraining"; "classifies or predicts" -> "classifies", "predicts".
- When each side holds two content words or more, each side is an alternative whole:
  "input-level fusion or joint attention" -> "input-level fusion", "joint attention".
- A right side of one hyphenated word after a left side of two words or more is a term of
  its own and takes no modifier from the left: "feature extraction or fine-tuning" gives
  "feature extraction" and "fine-tuning" whole, never "feature fine-tuning" (and so is left
  alone by the single-word rule below); a hyphenated word still shares a head after it
  ("pre-training or fine-tuning data" -> "pre-training data", "fine-tuning data").

Left alone (the phrase is matched as written, every word needed as before):

- a pair that names the two ends of one choice, not two ways of saying the concept: opposites
  ("real or fake", "up or down", "accept or reject", "keep or forget": text.DIRECTION_WORDS,
  antonyms.ANTONYMS, `ENDS`), numbers ("8 or 4 bits", "one or two experts", "first or second
  answer") and a stop word beside "or" ("three or more");
- a phrase that says "no", "not", "without" before its "or" ... in the negative ("no training
  or model access needed"): one alternative denied is not the pair denied;
- a variant that would keep a single content word out of a longer phrase ("before attackers
  or users do" would leave "users"): a single word is an alternative only of a phrase that is
  just "A or B";
- a phrase whose sides each hold two content words or more when a stop word stands in it:
  the "or" joins the last items of a list inside a longer phrase ("tools such as a
  calculator or web search" would leave "web search", no tool named as such);
- a phrase with two "or", and "A/B" (in the genai rubric a slash never joins alternatives:
  "A/B testing", "CI/CD", "80/10/10", "TB/s").
"""

from __future__ import annotations

from functools import lru_cache

from .antonyms import ANTONYMS
from .denial_words import has_negation
from .text import DIRECTION_WORDS, NUMBER_WORDS, STOP_WORDS, stem

ENDS = frozenset(
    frozenset(stem(w) for w in pair.split())
    for pair in (
        "real fake",
        "yes no",
        "good bad",
        "keep forget",
        "ban force",
        "boost penalise",
        "boost penalize",
        "grow shrink",
        "thumbs-up thumbs-down",
        "win lose",
        "right wrong",
        "high buried",
    )
)
"""Stems of pairs that name the two ends of one choice ("judges real or fake", "boost or
penalise specific tokens"), beyond the direction words and antonyms.ANTONYMS."""
ORDINALS = frozenset("first second third fourth last".split())


def _opposed(a: str, b: str) -> bool:
    """Whether two words name the two ends of one choice (see the module's docstring)."""
    sa, sb = stem(a), stem(b)
    return (
        sb in DIRECTION_WORDS.get(sa, ())
        or sb in ANTONYMS.get(sa, frozenset())
        or frozenset((sa, sb)) in ENDS
    )


def _numeric(word: str) -> bool:
    return any(c.isdigit() for c in word) or word in NUMBER_WORDS or word in ORDINALS


def _content(words: list[str]) -> int:
    return sum(1 for w in words if w.lower() not in STOP_WORDS)


@lru_cache(maxsize=4096)
def alternatives(text: str) -> tuple[str, ...]:
    """The two alternatives of a phrase written "A or B" (the module's docstring states the
    rule), or () when it is not read so."""
    words = text.split()
    lowered = [w.lower() for w in words]
    if lowered.count("or") != 1:
        return ()
    k = lowered.index("or")
    if k == 0 or k == len(words) - 1:
        return ()
    a, b = lowered[k - 1].strip(",;:"), lowered[k + 1].strip(",;:")
    if a in STOP_WORDS or b in STOP_WORDS or _numeric(a) or _numeric(b) or _opposed(a, b):
        return ()
    if has_negation(lowered[:k]):
        return ()
    left, right = words[:k], words[k + 1 :]
    if _content(left) >= 2 and _content(right) >= 2:
        if any(w.lower() in STOP_WORDS for w in words if w.lower() != "or"):
            return ()
        found = [left, right]
    elif k > 1 and len(right) == 1 and "-" in b.strip("-"):
        found = [left, right]
    else:
        found = [words[: k - 1] + [words[k - 1]] + words[k + 2 :], words[: k - 1] + right]
    if len(words) > 3 and any(_content(f) < 2 for f in found):
        return ()
    return tuple(" ".join(f) for f in found)
