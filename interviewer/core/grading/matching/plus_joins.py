"""A "plus" that joins two of a phrase's words is read as "and": it need not be said.

Rule: in a rubric phrase (a concept's name or alias, or a claim line), the word "plus" standing
between two words the phrase requires (a required word before it and one after it) only
joins them, as "and" does; "and" is a stop word and is never required, so "plus" is not
required either. The words it joins still are, in one unit and close together as for any
phrase. The answer's own words are not changed.

Read: genai-039's alias "prompt plus response" is found in "covering both your prompt and its
reply" ("reply" is the thesaurus's "response"), as "prompt and output" already was in
"prompt and output"; "noise plus a condition" in "the noise and a condition".

Left alone:
- a "plus" that opens or ends the phrase ("mean plus" for the reparameterisation trick, "TTFT
  plus", "plus a label"): there it is the sum's sign or the only link, and the phrase without
  it says less ("mean" alone), so it stays required;
- a "plus" with no required word on one side ("a plus", "the plus");
- the symbol "+" (not a word here) and "and" itself (already a stop word).
"""

from __future__ import annotations

from collections.abc import Sequence

PLUS = "plus"


def joining_plus(words: Sequence[str], kept: Sequence[int]) -> set[int]:
    """The indices in `kept` (a phrase's required word indices, in order) of a "plus" that has
    a required word before and after it: those are read as "and", and need not be found."""
    return {
        i
        for n, i in enumerate(kept)
        if words[i].lower() == PLUS
        and any(words[j].lower() != PLUS for j in kept[:n])
        and any(words[j].lower() != PLUS for j in kept[n + 1 :])
    }
