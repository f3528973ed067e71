"""Whether a list given to a list question lists the asked-for things: "Images, audio, video,
code, 3D models" answers "What can Generative AI make besides text?"; "LoRA, QLoRA, epochs,
learning rate, tokens, GPUs" does not answer "What types of data are best for fine-tuning
LLMs?", though both are strings of terms.

A list question takes no keyword_list flag for being a list (flags.asks_for_list); it still
takes it when most of its items name nothing of the question's own subject: items whose
content words are all the question's words ("generative models" for "the main types of
Generative AI"), or only words that the reference and rubric do not use, or that are common
across the bank (generic field jargon: "tokens", "embeddings", "fine-tuning"). The question's
subject is `PreparedQuestion.on_subject`: the reference's and rubric's stems that are neither
the question's words nor common across the bank. A chain of terms joined by "and" alone
(term_chains.py) with any item off the subject is a keyword string too: a list sets out the
asked-for things, a chain strings in whatever comes ("Text and images and audio and video and
code and diffusion and GANs" for "What can Generative AI make besides text?"), while a chain
of only asked-for things still answers."""

from __future__ import annotations

from .term_chains import is_term_chain
from .term_items import list_items
from .text import Text

OFF_LIST_SHARE = 0.5
"""A list of terms on a list question is a keyword string when more than this share of its
items hold no stem of the question's subject ("mostly" jargon or question words): half is not
enough, as a correct list may name as many things its reference does not ("AWS, Azure, Oracle
Cloud, IBM Cloud" against a reference naming AWS, Azure and GCP). Measured
(keyword_strings round7, written blind on genai-005/011/094): its 10 empty answers have 0.67-1.0
of their items off the subject, its terse list answers 0; the terse answers of rounds 1-6 on
list questions at most 0.24 (round2-terse-048: "MusicGen, Suno, voice, TTS, Copilot" among 21)."""
CHAIN_OFF_SHARE = 0.0
"""A chain of terms on a list question is a keyword string when more than this share of its
items name nothing of the subject: any. Measured on train: its two buzzword chains on list
questions (techniques and the excluded "text" among what a model makes; a law among the main
ethical concerns) have 0.22 and 0.12 of their items off; a chain of only asked-for things (none
off) is an answer written without commas."""


def off_list_share(
    text: Text, subject: frozenset[str], ignore: frozenset[int] = frozenset()
) -> float:
    """The share of the answer's list items (term_items.list_items) with a content word that
    holds none of the `subject` stems; the words at the positions in `ignore` are left out, and
    items with no content word left are not counted. 0.0 when there is no item."""
    content, stems = text.content, text.stems
    counted = off = 0
    for first, last in list_items(text):
        held = [i for i in content if first <= i <= last and i not in ignore]
        if not held:
            continue
        counted += 1
        if not any(stems[i] in subject for i in held):
            off += 1
    return off / counted if counted else 0.0


def lists_off_subject(
    text: Text, subject: frozenset[str], ignore: frozenset[int] = frozenset()
) -> bool:
    """Whether most of a list's items name nothing of the question's subject (over
    OFF_LIST_SHARE), or a chain of terms (term_chains.is_term_chain) has any item off it (over
    CHAIN_OFF_SHARE): a string of terms even on a question that asks for a list. False when
    `subject` is empty (nothing to judge by)."""
    if not subject:
        return False
    share = off_list_share(text, subject, ignore)
    return share > OFF_LIST_SHARE or (share > CHAIN_OFF_SHARE and is_term_chain(text, ignore))
