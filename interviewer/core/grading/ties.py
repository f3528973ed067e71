"""How an answer ties the words of a wrong claim it holds: as two things side by side, or as a
modifier of another noun, neither of which says the claim."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .denial_words import BE_FORMS, REMOVALS
from .matching import Answer, Phrase
from .text import STOP_WORDS, Text
from .text.function_words import ARTICLES, COORDINATORS
from .verbs import BARE_PARTICIPLES, PARTICIPLES, is_verb

JOINING = frozenset("and or nor with from than plus alongside besides versus vs".split())
"""Words that join two things as two: "X combines with Y", "X and Y both ...", "X rather
than Y" name X and Y side by side, and say neither is the other."""
IDENTITY = BE_FORMS | frozenset(("means", "mean"))
"""Words that say one thing is another."""
SEPARATING = STOP_WORDS - frozenset("and or nor".split())
"""Function words that end a noun phrase: not those that join its modifiers."""
PREPOSITIONS = frozenset(
    "in into of on onto to from for with through at by over under within across".split()
)


def joined_as_two(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether a claim that one thing is another ("distillation is quantization": two words
    joined by a form of "be") is found where the answer joins the two as two things: a
    joining word (JOINING) and no form of "be" stand between them. "Distillation combines well
    with quantization" names quantization beside distillation; "distillation is basically a
    kind of quantization" and "distillation is quantization with a teacher" say it."""
    if len(phrase.tokens) != 2:
        return False
    written = Text.of(phrase.text).words
    if not any(w in IDENTITY for w in written[1:-1]):
        return False
    words = answer.text.words
    between = [words[i] for i in range(min(positions) + 1, max(positions)) if i not in positions]
    return any(w in JOINING for w in between) and not any(w in IDENTITY for w in between)


def modifies_another(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether a claim written as a bare noun phrase ("4-bit adapters": modifiers, then the
    noun they qualify, no function word) is found where its modifiers qualify another noun:
    right after its modifiers stands a word of no claim's, and a preposition stands before its
    noun, which is that preposition's object. "The 4-bit weights feed into the adapters"
    keeps the adapters in 16-bit; "4-bit adapters", "the adapters are 4-bit" say it."""
    written = Text.of(phrase.text).words
    if len(phrase.tokens) < 2 or len(written) != len(phrase.tokens):
        return False
    if any(w in STOP_WORDS for w in written):
        return False
    words, stems = answer.text.words, answer.text.stems
    ordered = sorted(positions)
    head = phrase.tokens[-1][1]
    if stems[ordered[-1]] != head or any(stems[p] == head for p in ordered[:-1]):
        return False
    modifier = ordered[-2]
    between = range(modifier + 1, ordered[-1])
    return (
        len(between) > 1
        and words[modifier + 1] not in STOP_WORDS
        and any(words[i] in PREPOSITIONS for i in between)
    )


def qualifies_a_noun_after(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether a claim ending on its last word ("training loss increases") is found where that
    word stands after a joining word (JOINING) and qualifies a noun of its own right after it,
    maybe with one word joined to it: "falling training loss and rising or flat validation
    loss" says the validation loss rises. "Training loss and validation loss both rise" and
    "training loss and, later, rising" leave no noun after it and still say the claim."""
    ordered = sorted(positions)
    if len(ordered) < 2 or len(phrase.tokens) < 2:
        return False
    words, stems, clauses = answer.text.words, answer.text.stems, answer.structure.clauses
    last = ordered[-1]
    if stems[last] != phrase.tokens[-1][1] or not _qualifier(words[last]):
        return False
    if not any(words[i] in JOINING for i in range(ordered[-2] + 1, last)):
        return False
    j = last + 1
    if j + 1 < len(words) and words[j] in ("or", "and"):
        j += 2  # "rising or flat validation loss"
    if j >= len(words) or clauses[j] != clauses[last]:
        return False
    raw, spans = answer.text.raw, answer.text.spans
    if raw[spans[last][1] : spans[last + 1][0]].strip() not in ("", "-"):
        return False  # "and rising, validation loss ...": no modifier of the next word
    word = words[j]
    if word in STOP_WORDS or word.endswith("ly") or any(c.isdigit() for c in word):
        return False
    after = words[j + 1] if j + 1 < len(words) else ""
    return not is_verb(word, stems[j], words[j - 1], after)


def _qualifier(word: str) -> bool:
    """Whether a claim's last word can qualify a noun after it here: a participle ("rising",
    "tuned"); not a noun ("quantity matters more than quality and duplicates help ..." says
    the claim, wrong_claims_probes47 genai-094), nor a comparative ("lower recall and better
    answers go together" relates the two: test_listed_and_past_claims)."""
    return word.endswith(("ing", "ed"))


def coordinated_pair(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether a claim that one thing is of a kind ("diffusion models are autoregressive":
    a form of "be" between its subject and its last word) is found where the answer names two
    noun phrases side by side: a joining word (JOINING) and no form of "be" stand between the
    subject's words and the last one, and that last word qualifies a noun right after it in
    its clause ("diffusion models and autoregressive transformers") and no verb follows in
    it: two things listed as the object of one verb; "lower recall and better answers go
    together" relates them; "diffusion models and GANs are autoregressive" or "diffusion
    models, and so autoregressive" leave no noun after it and still say the claim."""
    written = Text.of(phrase.text).words
    if len(phrase.tokens) < 3 or not any(w in IDENTITY for w in written[1:-1]):
        return False
    words, clauses = answer.text.words, answer.structure.clauses
    ordered = sorted(positions)
    last = ordered[-1]
    between = [words[i] for i in range(ordered[-2] + 1, last)]
    if not any(w in JOINING for w in between) or any(w in IDENTITY for w in between):
        return False
    following = last + 1
    if following >= len(words) or clauses[following] != clauses[last]:
        return False
    if words[following] in STOP_WORDS:
        return False
    # the pair is no subject of a verb after it: "lower recall and better answers go together"
    # relates the two (a claim that one goes with the other), a list names them side by side
    stems = answer.text.stems
    j = following
    while j < len(words) and clauses[j] == clauses[last]:
        after = words[j + 1] if j + 1 < len(words) else ""
        if words[j] in IDENTITY or is_verb(words[j], stems[j], words[j - 1], after):
            return False
        j += 1
    return True


CLAUSE_JOINING = COORDINATORS | frozenset(("then",))
"""Words that open a coordinated clause with a verb of its own: "X and train Y", "X, then
train Y"."""


def across_coordinated_verb(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether a claim that one thing is another ("the teacher is the small model": a form of
    "be" between its first and last words) is found across a coordinated clause with a verb of
    its own: between the claim's words a joining word (CLAUSE_JOINING) opens a verb acting on
    what follows, and no form of "be" stands between. "Use the big model as a teacher and
    train a small model" makes the small model the object of "train", not the teacher;
    "the teacher and the student are small models" and "the teacher is, and stays, the small
    model" still say it."""
    written = Text.of(phrase.text).words
    if len(phrase.tokens) < 2 or not any(w in IDENTITY for w in written[1:-1]):
        return False
    words, stems = answer.text.words, answer.text.stems
    ordered = sorted(positions)
    inside = range(ordered[0] + 1, ordered[-1])
    if any(words[i] in IDENTITY for i in inside):
        return False
    for i in inside:
        if words[i] not in CLAUSE_JOINING or i + 1 in positions or i + 2 >= len(words):
            continue
        verb, after = words[i + 1], words[i + 2]
        if after in IDENTITY or after in CLAUSE_JOINING:
            continue  # "the teacher and model are small": a noun, not a verb
        if is_verb(verb, stems[i + 1], "to", after):
            return True
    return False


def removed_between(answer: Answer, positions: Sequence[int]) -> bool:
    """Whether a removal verb (REMOVALS: "drops", "removes", "skips") that is not one of the
    claim's own words stands between the claim's words: "decoder-only models such as GPT drop
    the encoder" says the opposite of "GPT has an encoder"; "GPT drops the encoder" as a listed
    wrong claim holds "drops" as its own word and is still found."""
    words, own = answer.text.words, set(positions)
    return any(
        words[i] in REMOVALS and i not in own for i in range(min(positions) + 1, max(positions))
    )


def agent_of_passive(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether a claim of the form verb-then-object ("share the queries between heads": the
    first word after the verb is what is acted on) is found where the answer puts that object
    in the agent of the verb in the passive: the verb's participle is followed by "by" and the
    object is found after it, in its clause. "A few key-value heads are shared by groups of
    query heads" has the query heads doing the sharing, and says that the keys and values are
    shared (correct_probes48 cp48-004, flagged on genai-037); "the queries are shared by the
    heads", with the object before the verb, still says the claim. A claim in the passive
    itself ("mode collapse is fixed by raising the learning rate") is said by the same
    passive, its "by" its own; so is one with a form of "be" ("each model is built for one
    narrow task" by "each model is built by hand for one narrow task"), and the object must
    stand in the agent's noun phrase, no preposition between "by" and it."""
    written = Text.of(phrase.text).words
    if "by" in written or any(w in BE_FORMS for w in written):
        return False  # a claim in the passive: "each model is built for one narrow task"
    stems = [token[1] for token in phrase.tokens]
    words, answer_stems = answer.text.words, answer.text.stems
    clauses = answer.structure.clauses
    own = sorted(positions)
    for verb in own:
        after = verb + 1
        if after >= len(words) or words[after] != "by":
            continue
        word = words[verb]
        if not (word.endswith("ed") or word in PARTICIPLES or word in BARE_PARTICIPLES):
            continue
        if answer_stems[verb] not in stems[:-1]:
            continue
        k = stems.index(answer_stems[verb])
        target = stems[k + 1]
        found = [p for p in own if answer_stems[p] == target]
        if found and all(
            p > after
            and clauses[p] == clauses[verb]
            and not any(words[i] in PREPOSITIONS - {"of"} for i in range(after + 1, p))
            for p in found
        ):
            return True  # in the agent's own noun phrase: "by groups of query heads"
    return False


GREATER = frozenset("more better greater larger bigger faster higher stronger".split())
"""Comparatives that set what follows their "than" below what precedes it."""


def lesser_side(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether a claim with no "than" of its own ("batching helps prefill more") is found
    where its last word (besides a comparative) is the lesser side of the answer's comparison:
    it follows a "than" after a comparative of more (GREATER), with only function words
    between, and the claim's other words stand before that "than" in its clause. "Batching
    helps decoding far more than prefill" says the opposite (correct_probes48 follow-up on
    genai-167); "batching helps prefill more than decoding" still says it, and so does "helps
    decoding less than prefill" (the lesser side of "less" is the one before "than")."""
    written = Text.of(phrase.text).words
    if "than" in written or len(phrase.tokens) < 2:
        return False
    words, stems = answer.text.words, answer.text.stems
    clauses = answer.structure.clauses
    said = [t[1] for t in phrase.tokens if t[0] not in GREATER]
    if not said:
        return False
    last_stem = said[-1]  # "batching helps prefill more": its object is "prefill"
    own = sorted(positions)
    objects = [p for p in own if stems[p] == last_stem]
    if not objects:
        return False
    target = objects[-1]
    than = target - 1
    while than > own[0] and words[than] in STOP_WORDS and words[than] != "than":
        than -= 1
    if words[than] != "than" or than == 0 or words[than - 1] not in GREATER:
        return False
    before = [p for p in own if p != target]
    return bool(before) and all(p < than and clauses[p] == clauses[target] for p in before)


def head_of_another(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether a claim's noun compound (two words side by side with no function word, the
    second its head: "training loss" of "early stopping on training loss") is found where the
    answer's head stands right after another word of no function, in its clause, and the
    compound's first word stands elsewhere: "early stopping halts training when the validation
    loss starts to rise" says the validation loss, not the training loss. Only a compound
    after a preposition or an article in the claim ("on training loss", "the benchmark
    questions"), and only where a function word stands between the answer's first word and
    its head, not "and" or "or" ("your benchmark test questions", "the standard safety and
    capability benchmarks": one noun phrase), and a word of letters before the head ("absolute
    1-to-10 ratings" says absolute ratings). "Early stopping on the
    training loss" and "stop on the loss of training" are not read so."""
    words, stems, clauses = answer.text.words, answer.text.stems, answer.structure.clauses
    held = set(positions)
    for written, content, k in _side_by_side(phrase):
        if content[k] == 0:
            continue
        if written[content[k] - 1] not in PREPOSITIONS | ARTICLES:
            continue  # "RLHF removes bias": no noun compound
        modifier, head = phrase.tokens[k][1], phrase.tokens[k + 1][1]
        heads = [p for p in positions if stems[p] == head]
        modifiers = [p for p in positions if stems[p] == modifier]
        if len(heads) != 1 or not modifiers:
            continue
        before = heads[0] - 1
        if (
            before >= 0
            and all(
                p > before or any(words[i] in SEPARATING for i in range(p + 1, before))
                for p in modifiers
            )
            and words[before].isalpha()
            and before not in held
            and clauses[before] == clauses[heads[0]]
            and words[before] not in STOP_WORDS
            and not is_verb(words[before], stems[before], words[before - 1] if before else "", "")
        ):
            return True
    return False


def _side_by_side(phrase: Phrase) -> Iterator[tuple[list[str], list[int], int]]:
    """For a claim of content words and function words only, its written words, the positions
    of its content words, and each k whose content words k and k + 1 stand side by side in it
    (a noun compound, or a subject and its verb)."""
    written = Text.of(phrase.text).words
    content = [i for i, w in enumerate(written) if w not in STOP_WORDS]
    if len(content) != len(phrase.tokens) or len(content) < 2:
        return
    for k in range(len(content) - 1):
        if content[k + 1] == content[k] + 1:
            yield written, content, k


def modifier_of_another(
    phrase: Phrase, answer: Answer, positions: Sequence[int], *, hyphenated: bool = False
) -> bool:
    """Whether a claim's noun compound (two content words side by side, the first qualifying
    the second: "gradient clipping" of "PPO uses gradient clipping") is found where the answer's
    first word qualifies a noun of its own right after it, and the compound's head stands
    later, past a function word: "PPO is a policy gradient RL algorithm that clips the
    probability ratio" names a policy gradient algorithm and clips a ratio, not the gradient.
    The mirror of `head_of_another`; only a compound after a word of content in the claim
    ("text queries the image latents" opens with a subject and its verb). "PPO
    clips the gradient", "the gradient is clipped", "gradient norm clipping" and "the standard
    safety and capability benchmarks" are not read so.

    `hyphenated` (misconceptions): only where each of the answer's modifiers is written joined
    by a hyphen to a word beside it, a term's name ("grouped-query attention with fewer KV
    heads" is not "GQA reduces the number of query heads", correct_probes52 cp52-022). Read
    without it for misconceptions, the rule lost a train-blind wrong answer's misconception
    (w48a-049, claims52)."""
    words, stems, clauses = answer.text.words, answer.text.stems, answer.structure.clauses
    held = set(positions)
    for written, content, k in _side_by_side(phrase):
        if k == 0:
            continue  # opening the claim ("text queries the image latents")
        after = written[content[k + 1] + 1] if content[k + 1] + 1 < len(written) else ""
        if is_verb(written[content[k + 1]], phrase.tokens[k + 1][1], written[content[k]], after):
            continue  # a subject and its verb ("instruction tuning adds new knowledge")
        modifier, head = phrase.tokens[k][1], phrase.tokens[k + 1][1]
        heads = [p for p in positions if stems[p] == head]
        modifiers = [p for p in positions if stems[p] == modifier]
        if len(heads) != 1 or not modifiers:
            continue
        if hyphenated and not all(_hyphen_joined(answer.text, m) for m in modifiers):
            continue
        if all(_qualifies_its_own(words, stems, clauses, held, m, heads[0]) for m in modifiers):
            return True
    return False


def _hyphen_joined(text: Text, position: int) -> bool:
    """Whether the word at `position` is written joined by a hyphen to the word before or
    after it ("grouped-query")."""
    start, end = text.spans[position]
    raw = text.raw
    return (start > 0 and raw[start - 1] == "-") or (end < len(raw) and raw[end] == "-")


def _qualifies_its_own(
    words: Sequence[str],
    stems: Sequence[str],
    clauses: Sequence[int],
    held: set[int],
    modifier: int,
    head: int,
) -> bool:
    """Whether the word at `modifier`, before `head`, qualifies a word of no claim's right
    after it in its clause (a noun, no verb), and a function word stands between that noun and
    `head`, not "and" or "or": the two are in different noun phrases."""
    after = modifier + 1
    if after >= head or after in held or clauses[after] != clauses[modifier]:
        return False
    word = words[after]
    if word in STOP_WORDS or not word.isalpha():
        return False
    if is_verb(
        word, stems[after], words[modifier], words[after + 1] if after + 1 < len(words) else ""
    ):
        return False
    # "and"/"or" join modifiers of one noun: "the standard safety and capability benchmarks"
    return any(words[i] in SEPARATING for i in range(after + 1, head))
