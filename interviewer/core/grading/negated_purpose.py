"""A negated purpose that names a harm: "so that it does not exploit ..." (logic64).

A negation inside a "so that" clause whose verb is a harm (HARM_VERBS: "exploit", "game",
"hack", "drift", "forget", "overfit", "diverge", "collapse", "leak", "explode", "blow up",
"hallucinate", "memorise", ...) names the harm a mechanism guards against, not a claim that the
harm cannot happen: "PPO is trained with a KL penalty so that it does not exploit the reward
model's errors" (read62's cp62r-006 on genai-100) says reward hacking is a risk the penalty is
there for, and denies nothing. The "so that" must stand at most PURPOSE_WORDS words before the
negation ("so that the policy does not", "so that it doesn't"), and the verb is the first word
after the negation that is not an auxiliary ("does not EXPLOIT", "will not DRIFT", "cannot
LEAK").

Left alone (still a denial, as frames.py has it for a bare "so that"): "so that" followed by a
verb that is no harm ("so that the backward pass never has to recompute anything", "so that
you don't need tools": claims of their own, wrong_claims_probes44 and train-blind w48b-031);
a harm verb negated outside a "so that" ("the policy does not exploit the reward model", a
claim).
"""

from __future__ import annotations

from collections.abc import Sequence

PURPOSE_WORDS = 4
"""How many words may stand between "so that" and the negation: the purpose clause's subject."""

AUXILIARIES = frozenset(
    "do does did will would can could should may might must be is are was were get gets ever "
    "start begin".split()
)
"""Words between the negation and its verb that are not the verb."""

HARM_VERBS = frozenset(
    """
    exploit exploits game games hack hacks drift drifts forget forgets overfit overfits
    diverge diverges collapse collapses leak leaks explode explodes blow blows
    hallucinate hallucinates memorise memorises memorize memorizes degrade degrades
    cheat cheats crash crashes overflow overflows underflow underflows stray strays
    """.split()
)
"""Verbs that name a harm a purpose clause may guard against."""


def harm_avoided(words: Sequence[str], n: int) -> bool:
    """Whether the negation at `n` stands in a "so that" clause (its "so that" at most
    PURPOSE_WORDS words before it) and its verb, past auxiliaries, is a HARM_VERBS verb."""
    opening = [
        i
        for i in range(max(0, n - PURPOSE_WORDS - 2), n - 1)
        if words[i] == "so" and words[i + 1] == "that"
    ]
    if not opening:
        return False
    j = n + 1
    while j < len(words) and words[j] in AUXILIARIES:
        j += 1
    return j < len(words) and words[j] in HARM_VERBS
