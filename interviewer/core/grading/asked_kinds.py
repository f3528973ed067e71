"""An alias that names a kind of what the question asks about: its first word is the
candidate's own and every word after it is the prompt's ("length bias" asked about a judge's
biases, "self-bias" too, "reasoning chain" asked about chain-of-thought prompting).

An alias's words that the prompt holds are not required (matching.make_phrase), and an alias
that keeps a single word once they are dropped is ignored unless that word is distinctive: it
says nothing the question does not ("adversarial training" asked about adversarial networks
keeps "training", which every answer about training a GAN says). That rule had also dropped
the aliases whose kept word is the modifier of the prompt's own noun: "length bias" (of
*verbosity bias*) credited nothing even said alone ("It has a length bias."), since "length" is
a common word and "bias" the prompt's. There the kept word is what the candidate adds: it
picks out one kind of the thing asked about, as a concept's own name does ("position bias",
matched whole: QuestionPreparing.alias_phrase's `name`).

The rule: an alias of two or more words (stop words aside) whose first word is not the
prompt's and is no verb, whose every later word is the prompt's, and whose first two words are
written side by side (a compound: "length bias", "self-bias"; not "one type of generative AI",
"examples in the prompt", "makes a plan") is matched whole, all its words needed, with its
first word joined to the second in the answer (matching/compounds.py): the head stands in
every restatement of the question, so "In chain-of-thought prompting the reasoning happens
inside the model" (a train wrong answer to genai-054) does not say "reasoning chain".

The reverse shape stays ignored: a kept word that is the head after the prompt's modifier
("adversarial training", "biased data") is a generic noun the prompt's word is said of; and a
verb before the prompt's noun ("remove PII") is an action any restatement may name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from .matching import Phrase, make_phrase
from .text import Text
from .verbs import names_an_action


def kind_of_asked(
    text: str, asked: frozenset[str], canon: Mapping[str, str] | None = None
) -> Phrase | None:
    """The alias `text` read whole when it names a kind of what the question asks about (the
    module docstring; `asked`: the prompt's content stems), else None."""
    whole = make_phrase(text, frozenset(), canon)
    if whole is None or len(whole.tokens) < 2:
        return None
    (word, word_stem, _), (head, _, _), *_ = whole.tokens
    if word_stem in asked or any(stem not in asked for _, stem, _ in whole.tokens[1:]):
        return None
    if names_an_action(word):
        return None
    written = Text.of(text.lower()).words
    at = [i for i, w in enumerate(written) if w == word]
    if not at or at[0] + 1 >= len(written) or written[at[0] + 1] != head:
        return None  # "one type of generative AI", "examples in the prompt": no compound
    return replace(whole, compound=True)
