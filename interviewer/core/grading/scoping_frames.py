"""Claims a frame scopes away from the answer's own: what a counterfactual supposes and what
older systems did (frame66).

A sentence may state a claim that is true only of what its frame names, not of the question's
subject as it is:

- a *counterfactual*: the sentence opens with "Without X," or "With no X," (after at most one
  of "but", "and", "so", "yet") and a hypothetical modal ("could", "would", "might") stands
  after the comma, before the statement or among its words: "Without the mask, each token
  could attend to future tokens." supposes the mask away; it does not say a token attends to
  future tokens (genai-034). So does a sentence opening with a REMOVING gerund ("removing",
  "dropping", "disabling", "omitting", "skipping") with such a modal after it: "Removing the
  mask would let each token attend to future tokens." Not read: a negated modal ("could not",
  "wouldn't": a denial's own reading, without_harm.py), "still" or "also" after the comma
  ("Without positional encoding, the model would still know the order" says X is not needed:
  a claim), a present "can" ("Without the mask, each token can attend to future tokens"), a
  modal in another sentence or past the statement ("Without the mask, tokens attend to future
  tokens, which could leak" is claimed);
- *older systems*: before the statement in its clause (or in an "In X," frame opening its
  sentence, the statement in the clause right after it), an OLDER word ("older", "earlier",
  "early", "old") is followed within MAX_BETWEEN words by a SYSTEMS noun
  ("models", "pipelines", "systems", "GANs", ...), and the words from that OLDER word to the
  statement's last word hold a past form ("was", "were", "had", "did", or a word ending "ed"
  right after the noun) and no present one (PRESENT: "is", "are", "can", ...), with no turn
  (TURNS: "but", "now", "today", "whereas", ...) and no semicolon between: "Older NLP
  pipelines removed stop words during tokenization, but LLM tokenizers keep them." (genai-029),
  "Early diffusion models were limited to images, but now ..." (genai-079), "In older
  word-level models, rare words were mapped to an UNK token" (genai-029). Not read: the
  present ("Older models are limited to images" is a claim about them today), a claim after a
  turn ("Early GANs collapsed, but today diffusion models are GANs" claims the second half),
  an OLDER word after a comparing word in its sentence (_COMPARED: "Unlike older models, ...",
  "compared with earlier systems, ...") or before "than" ("older than GANs"). "First" is not
  an OLDER word: "First, the model was pretrained on ..." tells the order of steps; nor is
  "original": "The original Transformer used learned position embeddings" is a wrong claim
  about the system a question asks about (train d0267, genai-024). A claim in another clause
  than the older systems' is not read ("Early models used X, and Y was introduced later in
  BERT"), nor one after "later";
- *before a newer one*: the sentence opens "Before X," (X at most MAX_FRAME words naming a
  system or a time: a capital letter or a digit, or a SYSTEMS noun; no "-ing" word, which
  names a step: "Before training, ...") and the words from the comma to the statement's last
  word hold a past form (PAST, or a word ending "ed" within the first words after the comma)
  and no present form, turn or semicolon: "Before BPE, rare words were mapped to an UNK token."
  (genai-029). Not read: "Before BPE, rare words are mapped to an UNK token" (the present),
  "Before generating, the model computed ..." (a step).

A named system is the claim's subject, not an era (review66): no older-systems frame when a word
with a capital letter stands between the OLDER word and its noun ("Early GPT models used
bidirectional attention"; field acronyms NLP, ML, AI, CV, ASR, TTS still frame: "Older NLP
pipelines ..."), and no "Before X," frame when a word with a capital letter or a digit stands
from the comma to the statement ("Before GRPO, PPO used the group mean as baseline"; "Before
Transformers, RNNs processed tokens one at a time" is read as said of RNNs).

A frame that only names a setting ("In GPT, attention is bidirectional"; "Compared with BERT,
GPT is an encoder"; "Today, diffusion models are GANs") scopes nothing here: the claim is said
of the question's subject or of the present (framed_other.py reads "In X," of another system).
Found on review65's cases (genai-034, genai-029 x2, genai-079): the 9,193 grades of the splits
and probe files at stop 54 are unchanged by this reading (grade_identity.py). The finder reads
one place of a statement, so "Early diffusion models were limited to images. Today diffusion
models are limited to images." is not flagged (nor at the base with "In the past, ...": not
this module's).
"""

from __future__ import annotations

from collections.abc import Sequence

from .text import Text
from .text.function_words import PAST_AUXILIARIES
from .without_harm import OPENERS

REMOVING = frozenset(("removing", "dropping", "disabling", "omitting", "skipping"))
"""Gerunds that, opening a sentence, suppose a part taken away ("Removing the mask would ...")."""
SUPPOSING = REMOVING | {"without", "no"}
"""Words one of which an answer must hold for `supposed_away` to be read at all."""
MODALS = frozenset(("could", "would", "might"))
"""Modals that say what would happen, not what does."""
NOT_SUPPOSED = frozenset(("still", "also", "not", "never", "no"))
"""Words after a counterfactual's comma that make it a claim or a denial, not a supposition."""
NEGATED_MODALS = frozenset(("couldn't", "wouldn't", "mightn't"))

OLDER = frozenset(("older", "earlier", "early", "old"))
"""Words that name the older systems a past-tense claim is said of."""
SYSTEMS = frozenset(
    """
    model models system systems pipeline pipelines network networks tokenizer tokenizers
    method methods approach approaches version versions architecture architectures
    chatbot chatbots algorithm algorithms gan gans rnn rnns lstm lstms transformer transformers
    llm llms
    """.split()
)
"""Nouns of a kind of system that OLDER may name."""
MAX_FRAME = 5
"""At most this many words between "Before" and the comma that ends its frame."""
MAX_BETWEEN = 3
"""At most this many words (modifiers: "word-level", "NLP", "diffusion") between OLDER and
its SYSTEMS noun."""
PAST = PAST_AUXILIARIES
PRESENT = frozenset(
    """
    is are am do does has have can will shall may must isn't aren't don't doesn't can't won't
    """.split()
)
TURNS = frozenset(
    "but whereas while however now today nowadays currently modern yet instead unlike later".split()
)
"""Words that turn from the older systems back to the present or to another subject."""
_COMPARED = frozenset(
    "than like unlike over versus vs compared comparing relative instead beside besides".split()
)
"""Words before OLDER in its sentence that make the older systems the other term of a
comparison, not what the claim is said of."""


def supposed_away(text: Text, sentences: Sequence[int], first: int, last: int) -> bool:
    """Whether the statement at words first..last stands in a counterfactual: its sentence
    opens "Without X," or "With no X," (or a REMOVING gerund) and an affirmative MODALS word
    stands between the comma (the gerund) and word `last`, with no NOT_SUPPOSED word there
    (module docstring)."""
    words = text.words
    start = first
    while start > 0 and sentences[start - 1] == sentences[first]:
        start -= 1
    at = start + 1 if words[start] in OPENERS else start
    if words[at] in REMOVING:
        after = at + 1  # "Removing the mask would let ...": no comma needed
    elif words[at] == "without" or (
        words[at] == "with" and at + 1 < len(words) and words[at + 1] == "no"
    ):
        frame = at + 1 if words[at] == "without" else at + 2
        comma = next((j for j in range(frame + 1, first + 1) if text.comma_before(j)), None)
        if comma is None:
            return False
        after = comma
    else:
        return False
    between = words[after : last + 1]
    if any(w in NOT_SUPPOSED or w in NEGATED_MODALS for w in between):
        return False
    return any(w in MODALS for w in between)


def said_of_older_systems(
    text: Text, sentences: Sequence[int], clauses: Sequence[int], first: int, last: int
) -> bool:
    """Whether the statement at words first..last is said, in the past tense, of older systems
    named before it in its clause, or in an "In X," frame opening its sentence and the clause
    right after it (module docstring)."""
    words, raw, spans = text.words, text.raw, text.spans
    start = first
    while start > 0 and sentences[start - 1] == sentences[first]:
        start -= 1
    for o in range(start, first):
        if words[o] not in OLDER or any(w in _COMPARED for w in words[start:o]):
            continue  # "Unlike older models, ...", "compared with earlier systems, ..."
        in_frame = words[start] == "in" and clauses[first] == clauses[o] + 1
        if clauses[o] != clauses[first] and not in_frame:
            continue  # "The early model used X, and Y was introduced ...": another clause
        if o + 1 < len(words) and words[o + 1] == "than":
            continue  # "models older than GANs": a comparison
        noun = next(
            (j for j in range(o + 1, min(o + 2 + MAX_BETWEEN, last + 1)) if words[j] in SYSTEMS),
            None,
        )
        if noun is None:
            continue
        if any(
            any(c.isupper() for c in raw[spans[j][0] : spans[j][1]])
            and words[j] not in ("nlp", "ml", "ai", "cv", "asr", "tts")
            for j in range(o + 1, noun)
        ):
            continue  # "Early GPT models used ...": a claim said of GPT, a named system
        span = words[o : last + 1]
        if any(w in TURNS or w in PRESENT for w in span):
            continue
        if ";" in raw[spans[o][0] : spans[last][1]]:
            continue
        if any(w in PAST for w in span) or _past_verb_after(words, noun, last):
            return True
    return False


def said_before_a_newer(text: Text, sentences: Sequence[int], first: int, last: int) -> bool:
    """Whether the statement at words first..last stands, in the past tense, after a sentence
    opening "Before X," where X (at most MAX_FRAME words) names a system or a time: a word with
    a capital letter or a digit, or a SYSTEMS noun, and no word ending "ing" (module
    docstring)."""
    words, raw, spans = text.words, text.raw, text.spans
    start = first
    while start > 0 and sentences[start - 1] == sentences[first]:
        start -= 1
    at = start + 1 if words[start] in OPENERS else start
    if words[at] != "before":
        return False
    comma = next(
        (j for j in range(at + 2, min(first, at + MAX_FRAME + 1) + 1) if text.comma_before(j)),
        None,
    )
    if comma is None:
        return False
    frame = range(at + 1, comma)
    if any(words[i].endswith("ing") for i in frame):
        return False  # "Before training, ...": a step, not an era
    if not any(
        words[i] in SYSTEMS
        or any(c.isupper() or c.isdigit() for c in raw[spans[i][0] : spans[i][1]])
        for i in frame
    ):
        return False
    if any(
        any(c.isupper() or c.isdigit() for c in raw[spans[i][0] : spans[i][1]])
        for i in range(comma, first + 1)
    ):
        return False  # "Before GRPO, PPO used ...": a claim said of a named system, not an era
    span = words[comma : last + 1]
    if (
        any(w in TURNS or w in PRESENT for w in span)
        or ";" in raw[spans[comma][0] : spans[last][1]]
    ):
        return False
    return any(w in PAST for w in span) or any(
        w.endswith("ed") for w in words[comma : min(comma + 4, last + 1)]
    )


def _past_verb_after(words: Sequence[str], noun: int, last: int) -> bool:
    """Whether a word ending "ed" stands right after the SYSTEMS noun at `noun` (at most one
    adverb between: "often collapsed"), up to word `last`."""
    return any(words[j].endswith("ed") for j in range(noun + 1, min(noun + 3, last + 1)))
