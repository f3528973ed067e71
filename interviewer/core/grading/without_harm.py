"""'Without X, <a harm>': a counterfactual that affirms X's role, not a denial of X (logic64).

A sentence that opens with "Without" (or "But without", "And without", "So without"), names a
thing, then after a comma says a harm, supposes X away to show what X prevents: "Without KV
cache management, memory fragments and fewer requests fit on the GPU." (genai-119) says KV
cache management matters; "Without skip connections, the decoder is unable to recover fine
detail lost in downsampling." (genai-069) says the U-Net has them for that. The "without" there
denies nothing.

The harm, in the clause right after the comma: an inability ("cannot", "can't", "unable",
"fails"), or a word of loss, failure or worsening (HARMS: "worse", "slower", "drifts",
"collapses", "fragments", "unstable", "overfits", "hallucinates", ...). Not a bare "not",
"no", "never", "fewer", "less" or "lower": they say a gain as often as a harm ("Without a
reward model, DPO needs no RL loop and less memory" denies the reward model).

Not read either when the main clause opens with a method's name, an acronym with no
determiner ("GRPO", "PPO", "DPO"): "Without a value model, GRPO cannot compute advantages."
says what GRPO needs, a claim about the method a concept may list as wrong (genai-175: GRPO
computes its advantage from the group; fix64, after review64: 0.0 -> 39.1 at logic64), so the
"without" denies X as before logic64; "Without skip connections, the decoder ..." is read.

Left alone (the "without" still denies): a "without" not opening its sentence ("DPO trains the
policy without a reward model"; "LLMs cannot learn without labels"); an opening "without"
whose main clause says no harm ("Without a reward model, DPO optimises the policy directly
on preference pairs" denies the reward model, as it should); a "without" phrase with no comma
after it in its sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from .text import Text

OPENERS = frozenset(("but", "and", "so", "yet"))
"""Connectives that may stand before the opening "without"."""

HARMS = frozenset(
    """
    cannot can't unable fails fail failing
    worse weaker slower harder
    drift drifts drifting collapse collapses collapsing fragment fragments fragmentation
    degrade degrades degraded diverge diverges diverging explode explodes exploding
    vanish vanishes vanishing unstable instability overfit overfits overfitting
    hallucinate hallucinates hallucination hallucinations crash crashes crashing
    lose loses losing lost leak leaks leaking underflow underflows overflow overflows
    struggle struggles suffer suffers break breaks forget forgets forgetting
    impossible blur blurs blurry noisy idle wasted waste wastes stalls stall
    """.split()
)
"""Words that say a harm in the main clause after "Without X,"."""

HARM_CLAUSE_WORDS = 12
"""How many words after the comma the harm may stand in."""


def _names_a_method(written: str) -> bool:
    """Whether a word as written is an acronym: two capitals or more, digits allowed ("GRPO",
    "PPO", "T5"), no lower-case letter."""
    core = written.strip("'\u2019s")
    return sum(c.isupper() for c in core) >= 2 and not any(c.islower() for c in core)


def counterfactual_without(text: Text, sentences: Sequence[int], n: int) -> bool:
    """Whether the "without" at `n` opens its sentence (after at most one OPENERS word) and
    the first comma after it in the sentence is followed, within HARM_CLAUSE_WORDS words of
    the same sentence, by a HARMS word; never when the first word after that comma is an
    acronym (`_names_a_method`: "Without a value model, GRPO cannot ...")."""
    words = text.words
    if words[n] != "without":
        return False
    start = n
    while start > 0 and sentences[start - 1] == sentences[n]:
        start -= 1
    if n - start > 1 or (n - start == 1 and words[start] not in OPENERS):
        return False
    i = n
    while (
        i < len(words) - 1
        and sentences[i + 1] == sentences[n]
        and "," not in text.raw[text.spans[i][1] : text.spans[i + 1][0]]
    ):
        i += 1
    if i >= len(words) - 1 or sentences[i + 1] != sentences[n] or i == n:
        return False  # no comma in the sentence after "without X"
    if _names_a_method(text.raw[text.spans[i + 1][0] : text.spans[i + 1][1]]):
        return False  # "Without a value model, GRPO cannot ...": what GRPO needs (fix64)
    end = min(len(words), i + 1 + HARM_CLAUSE_WORDS)
    return any(words[j] in HARMS for j in range(i + 1, end) if sentences[j] == sentences[n])
