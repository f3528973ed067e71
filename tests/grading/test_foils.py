"""The foil of a contrast (subjects/foils.py): every name in the noun phrase after "unlike",
"compared with", "in contrast to", "rather than" ... is set aside, not described; a fronted
foil ("Unlike X, ...") is not where the main clause starts, and a pronoun opening the main
clause stands for the question's other subject. Found when a concise correct answer of the
bank ("Unlike PPO-based RLHF, it needs no separate reward model ...") was read as a swap:
"RLHF", three words after "unlike", had been taken for the clause's subject (instead33)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from interviewer.core.grading.matching import Answer
from interviewer.core.grading.subjects.foils import excluded, fronted_foil_end
from interviewer.core.grading.text import Text


def _answer(text: str) -> Answer:
    return Answer.of(Text.of(text))


def _excluded(text: str, word: str, nth: int = 0) -> bool:
    answer = _answer(text)
    words = answer.text.words
    at = [i for i, w in enumerate(words) if w == word][nth]
    return excluded(answer, at)


FOILS = [
    # (sentence, the foil's last word, a word of the described subject)
    ("Unlike PPO-based RLHF, it needs no reward model.", "rlhf", "it"),
    ("DPO is simpler compared with the PPO-based RLHF pipeline.", "rlhf", "dpo"),
    ("In contrast to the encoder stack, the decoder masks future tokens.", "encoder", "decoder"),
    ("As opposed to GANs, diffusion models denoise step by step.", "gans", "diffusion"),
    ("Rather than PPO and RLHF, DPO uses a classification loss.", "rlhf", "dpo"),
    ("BERT reads both ways, unlike the left-to-right GPT models.", "gpt", "bert"),
    ("Compared with PPO, which trains a reward model, DPO is simpler.", "ppo", "dpo"),
    ("But unlike GPT, BERT sees both sides.", "gpt", "bert"),
    ("Compared to the big PPO-based RLHF setup, DPO is simple.", "rlhf", "dpo"),
]


@pytest.mark.parametrize(("text", "foil", "described"), FOILS)
def test_the_whole_noun_phrase_after_unlike_is_the_foil(text, foil, described):
    assert _excluded(text, foil)
    assert not _excluded(text, described)


def test_a_name_after_the_foils_noun_phrase_is_described():
    # a second determiner, a verb, a conjunction: the noun phrase after "unlike" has ended
    assert _excluded("Unlike the encoder the decoder masks future tokens.", "encoder")
    assert not _excluded("Unlike the encoder the decoder masks future tokens.", "decoder")
    assert _excluded("GPT is faster than BERT and BERT is bidirectional.", "bert")
    assert not _excluded("GPT is faster than BERT and BERT is bidirectional.", "bert", 1)
    assert not _excluded("GPT, unlike BERT, reads left to right.", "gpt")
    assert not _excluded("The encoder reads the whole input.", "encoder")


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("Unlike PPO-based RLHF, it needs no reward model.", "it"),
        ("In contrast to GANs, they denoise step by step.", "they"),
        ("As opposed to the encoder, the decoder masks future tokens.", "the"),
        ("But unlike GPT, BERT sees both sides.", "bert"),
        ("Compared with PPO, DPO is simpler.", "dpo"),
    ],
)
def test_a_fronted_foil_ends_where_the_main_clause_starts(text, main):
    answer = _answer(text)
    end = fronted_foil_end(answer, 0)
    assert answer.text.words[end] == main


@pytest.mark.parametrize(
    "text",
    [
        "Unlike the encoder the decoder masks future tokens.",  # a verb: no clause of its own
        "DPO is simpler compared with PPO.",  # not fronted
        "Unlike PPO-based RLHF.",  # nothing follows it in its sentence
        "Rather than fitting a reward model first as RLHF does, DPO uses pairs.",  # a verb
    ],
)
def test_no_fronted_foil(text):
    assert fronted_foil_end(_answer(text), 0) == 0


NAMES = ["PPO", "RLHF", "GANs", "BERT", "encoder", "critic", "baseline"]
MODIFIERS = ["", "the ", "the big ", "the PPO-based ", "a classic "]
OPENERS = ["Unlike", "In contrast to", "As opposed to", "Compared with", "Rather than"]
MAINS = ["it needs no reward model", "DPO trains on pairs", "they learn directly"]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(OPENERS),
    st.sampled_from(MODIFIERS),
    st.sampled_from(NAMES),
    st.sampled_from(MAINS),
)
def test_property_a_fronted_foil_sets_aside_its_names_only(opener, modifier, name, main):
    text = f"{opener} {modifier}{name}, {main}."
    answer = _answer(text)
    words = answer.text.words
    end = fronted_foil_end(answer, 0)
    assert words[end] == main.split()[0].lower()
    assert all(excluded(answer, i) for i in range(end))
    assert not any(excluded(answer, i) for i in range(end, len(words)))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(NAMES), st.sampled_from(MODIFIERS))
def test_property_a_foil_after_the_main_clause_leaves_its_subject_described(a, b, modifier):
    text = f"{a} trains directly, unlike {modifier}{b}."
    answer = _answer(text)
    words = answer.text.words
    assert not excluded(answer, 0)
    assert excluded(answer, len(words) - 1)
    assert fronted_foil_end(answer, 0) == 0


QID = "genai-150"  # DPO vs PPO-based RLHF: the concepts `about` DPO


def _swaps(genai, grader, answer: str) -> list[str]:
    grade = grader.grade(genai.get(QID), answer)
    return [c.concept for c in grade.contradictions if c.detail.startswith("said of")]


@pytest.mark.parametrize(
    "answer",
    [
        # the bank's own concise answer
        "DPO trains directly on preference pairs with a classification-style loss. Unlike "
        "PPO-based RLHF, it needs no separate reward model, sampling or RL loop, so it is "
        "simpler and more stable.",
        "Unlike PPO-based RLHF, it needs no separate reward model.",
        "In contrast to RLHF with PPO, it skips the reward model and the RL loop.",
        "Compared with the PPO-based RLHF pipeline, DPO has no separate reward model.",
        "As opposed to PPO and RLHF, it has no reward model and no RL loop.",
    ],
)
def test_a_pronoun_after_a_fronted_foil_is_not_the_foil(genai, genai_grader, answer):
    assert _swaps(genai, genai_grader, answer) == []


@pytest.mark.parametrize(
    "answer",
    [
        "Unlike DPO, PPO-based RLHF skips the reward model.",
        "Unlike DPO, it skips the reward model.",
        "In contrast to DPO, it has no separate reward model.",
    ],
)
def test_the_pronoun_after_a_fronted_foil_can_still_swap(genai, genai_grader, answer):
    # "Unlike DPO, it ..." is said of PPO: the other subject of the contrast
    assert "implicit reward" in _swaps(genai, genai_grader, answer)


TOKENS = [
    "unlike", "rather", "than", "in", "contrast", "to", "as", "opposed", "compared", "with",
    "the", "PPO", "it", "they", "trains", "and", "but", "which", "model", ",", ".", "based",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=14))
@example(["contrast", ",", "with", "unlike"])  # a pair across a comma is no excluding pair
def test_property_any_words_give_a_main_clause_start_in_the_same_sentence(tokens):
    text = " ".join(tokens).replace(" ,", ",").replace(" .", ".")
    answer = _answer(text)
    words, structure = answer.text.words, answer.structure
    starts = [
        i for i in range(len(words)) if i == 0 or structure.clauses[i - 1] != structure.clauses[i]
    ]
    for start in starts:
        end = fronted_foil_end(answer, start)
        assert end == start or (
            start < end < len(words)
            and structure.sentences[end] == structure.sentences[start]
            and structure.clauses[end] != structure.clauses[end - 1]
        )
        # each word of a fronted foil clause is the foil
        assert all(excluded(answer, p) for p in range(start, end))
