"""Whether a statement found in an answer is said of its concept's own subject, or plainly of
the other subject of the contrast: a swap ("the discriminator turns noise into fakes")."""

from __future__ import annotations

from collections.abc import Sequence

from ..denial_words import BE_FORMS, LIGHT_VERBS
from ..matching import Answer
from ..text import STOP_WORDS
from ..verbs import is_verb
from .contrast import Subject
from .mentions import Mentions, object_of


def swap_of(
    subject: int | None,
    answer: Answer,
    mentions: Mentions,
    subjects: Sequence[Subject],
    positions: Sequence[int],
) -> str | None:
    """What is wrong when the statement is said of another subject of the question, else None."""
    return attribution(subject, answer, mentions, subjects, positions, phrase=False)[1]


def attribution(
    subject: int | None,
    answer: Answer,
    mentions: Mentions,
    subjects: Sequence[Subject],
    positions: Sequence[int],
    phrase: bool = True,
    negative: bool = False,
) -> tuple[bool, str | None]:
    """(whether the statement is plainly said of the concept's own subject, or needs none;
    what is wrong when it is plainly said of another subject). `positions` are the words of a
    matched phrase, or (`phrase` False) the first and last word of a span said alike.
    `negative`: the phrase itself says it in the negative ("no separate reward model", "skips
    the reward model"), so its negation is the claim, not a denial of it: "PPO has no
    separate reward model" is said of PPO."""
    if subject is None or len(subjects) < 2:
        return True, None
    cut = mentions.interrupting(answer, positions) if phrase else None
    if cut is not None:
        # "A does X and B does Y": the words after B's name are said of B, whatever A is
        positions = [p for p in positions if p > cut]
    matched = set(positions)
    named = {i for i, ps in enumerate(mentions.all_positions) if matched & set(ps)}
    if named:
        # its own words name a subject: its own ("strided convolutions in the discriminator")
        # or the other one as an object ("gradients through the discriminator")
        return True, None
    if _possessive_inside(answer, mentions, positions):
        # "GRPO drops PPO's value model": the other subject owns the object (deny48)
        return True, None
    # what is said about the subject starts at the phrase's first word that is not the subject's
    # name: in "the discriminator turns noise into fakes, and the generator tries to tell real
    # from fake", "tell real from fake" is said of the generator
    own = mentions.positions[subject] if subject < len(mentions.positions) else []
    objects = [p for p in own if min(positions) <= p <= max(positions) and object_of(answer, p)]
    if any(min(positions) <= p <= max(positions) and p not in objects for p in own):
        return True, None  # the statement spans its own subject's name: "... and GQA shares one"
    if not negative and any(answer.structure.negative_context(p) for p in positions):
        return False, None  # "continuous batching never waits for the slowest": not a swap
    aside = mentions.aside_subject(answer, min(positions))
    if aside is not None and aside == mentions.aside_subject(answer, max(positions)):
        # "Unlike GANs, where training is a single stable objective, ...": said of GANs, the
        # subject the rejecting phrase names, though no claim about the question's own (veto55)
        return _owned_by(aside, subject, subjects)
    if answer.structure.dismissed([max(positions)]) and not (
        negative and answer.structure.done_without(max(positions))
    ):
        return False, None  # "... rather than just labelling it": set aside, said of no one
    said = sorted(p for p in positions if p not in own) or sorted(positions)
    # a name inside it as an object ("the encoder attends to the decoder output", the
    # question's word "encoder" left out of "attends to the encoder output") is not its subject
    owner = mentions.claimant(answer, said[0], said[-1], objects=False)
    if owner is None:
        return False, None
    if owner == subject:
        return True, None
    if _subject_of_its_own(answer, mentions, owner, said[0]):
        return False, None  # "..., and hybrids use adversarial losses": said of the hybrids
    return _owned_by(owner, subject, subjects)


def _owned_by(owner: int, subject: int, subjects: Sequence[Subject]) -> tuple[bool, str | None]:
    """attribution's answer for a statement plainly said of subject `owner`, for a concept
    about `subject`."""
    if owner == subject:
        return True, None
    if (
        subjects[owner].key.strip().lower() in subjects[subject].wholes
        or subjects[subject].key.strip().lower() in subjects[owner].wholes
    ):
        # "the cascade transcribes speech": true of its ASR stage (part_of), and what the
        # whole does, said of one of its parts, is no swap between the two either
        return True, None
    said_of, true_of = subjects[owner].key, subjects[subject].key
    return False, f"said of {said_of}, but it is true of {true_of}"


_JOINS = frozenset("and but so yet then".split())
_DETERMINERS = frozenset("the a an some many most other these those".split())


def _subject_of_its_own(answer: Answer, mentions: Mentions, owner: int, first: int) -> bool:
    """Whether the clause of the word at `first` has a subject of its own between the
    subject's last name before it and it: the clause opens (after "and", "but", a determiner)
    with a word that is no verb nor function word, and a verb follows it before `first`; not
    after a colon, whose clauses describe what was named before it.
    "Latent diffusion cut the steps, and hybrids even use adversarial losses" says the
    losses of the hybrids, not of diffusion."""
    structure, words, stems = answer.structure, answer.text.words, answer.text.stems
    named = [p for p in mentions.positions[owner] if p < first]
    start = structure.start("clause", first)
    if not named or max(named) >= start:
        return False
    text = answer.text
    if ":" in text.raw[text.spans[max(named)][1] : text.spans[start][0]]:
        return False  # "The standard model is X: each item has a score, and ...": X's own
    i = start
    while i < first and (words[i] in _JOINS or words[i] in _DETERMINERS):
        i += 1
    if i >= first or words[i] in STOP_WORDS:
        return False

    def verb(j: int) -> bool:
        if words[j] in LIGHT_VERBS or words[j] in BE_FORMS:
            return True  # "use", "is": stop words is_verb leaves out
        following = words[j + 1] if j + 1 < len(words) else ""
        return is_verb(words[j], stems[j], words[j - 1] if j > 0 else "", following)

    return not verb(i) and any(verb(j) for j in range(i + 1, first))


def _possessive_inside(answer: Answer, mentions: Mentions, positions: Sequence[int]) -> bool:
    """Whether a subject's name in the possessive stands between a statement's words: it
    names whose object the statement is about ("GRPO drops PPO's value model"), not who says
    it (deny48: wrong48's control on genai-175 was read as saying PPO drops the value
    model)."""
    first, last = min(positions), max(positions)
    words = answer.text.words
    return any(
        first < p < last and words[p].endswith(("'s", "’s"))
        for ps in mentions.all_positions
        for p in ps
    )
