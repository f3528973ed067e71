"""A demonstrative with a general noun ("this model", "these methods") opening a clause is read
as the pronoun "it" or "they" is (pron66): "A multi-agent system splits the task. This design
is always cheaper" says "a multi-agent system is always cheaper".

The rule exactly: "this" followed by one of NOUNS in the singular ("model", "method",
"approach", "design", ...) reads as "it", "these" followed by one in the plural ("models") as
"they", and the noun's position then stands where the pronoun would: what it stands for and
where the claim's rest may begin are read by pronoun_claims.antecedent and said_through_pronoun
exactly as for "it" (the one agreeing subject of the clause or sentence before, never a guess).
Any other noun ("this token", "this step", "this loss": a thing of the answer's own, not the
subject named before), "that model" (often the other one: "unlike that model"), a number that
does not agree ("this models"), and "the latter"/"the former" (which of two, read nowhere here)
are left alone.

In: "GPT is a decoder. This model predicts the next token" ("model" -> GPT); "Diffusion models
add noise. These models learn to denoise" (-> diffusion models). Out: "GPT is a decoder. This
token is masked" (not a general noun); "GPT is a decoder. That model ..." ("that")."""

from __future__ import annotations

from collections.abc import Sequence

SINGULAR = frozenset(
    "model method approach technique design system architecture variant algorithm framework".split()
)
"""General nouns that, after "this", name the subject named before rather than a new thing."""
NOUNS = SINGULAR | frozenset(noun + "s" for noun in SINGULAR)
"""The nouns read: SINGULAR and their plurals."""


def demonstrative_pronoun(words: Sequence[str], k: int) -> str | None:
    """The pronoun ("it" or "they") that the noun at `k` with the demonstrative before it reads
    as ("this model" -> "it", "these models" -> "they"); None when it is no such pair."""
    if k == 0 or words[k] not in NOUNS:
        return None
    plural = words[k] not in SINGULAR
    if words[k - 1] == "this" and not plural:
        return "it"
    if words[k - 1] == "these" and plural:
        return "they"
    return None
