"""Keyword strings are found by their structure: terms with no claim between them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.empty_predicates import vague_predicates
from interviewer.core.grading.flags import answer_flags, said_once
from interviewer.core.grading.keywords import bare_term_share, is_keyword_string
from interviewer.core.grading.text import Text

TERMS_AND_MARKS = [
    "attention",
    "embeddings,",
    "layer",
    "norm",
    "and",
    "or",
    "with",
    "-",
    "*",
    "|",
    "/",
    "freezes",
    "the",
    "weights.",
    "to",
    "reduce",
    "(LoRA)",
    "\n",
    "it",
    "is",
    "core;",
]
"""Terms, words and punctuation to build answers from, spaced in different ways."""


def keyword_string(text: str) -> bool:
    parsed = Text.of(text)
    return is_keyword_string(parsed, Structure.of(parsed))


@pytest.mark.parametrize(
    "answer",
    [
        "Attention, embeddings, positional encoding, layer norm, residuals, softmax",
        "Beam width and log probabilities and greedy decoding and length penalty",
        "Sinusoids, RoPE, ALiBi and learned embeddings are the core of it, along with order",
        "- reward model\n- PPO\n- KL penalty\n- human preferences",
        # a label before a colon is no claim: what follows is still a string of terms
        "Key ideas: attention, transformers, tokens, embeddings, GPUs.",
        # a filler opening or closing an item wraps a bare term all the same
        "Honestly it comes down to representation bias, historical bias, annotator bias and "
        "RLHF, with feedback loops, amplification and fairness metrics tying the whole thing "
        "together.",
        # no punctuation at all: terms strung by spaces (scored 53.8, and passed at 74.6 in
        # reference mode, before grader 3.5)
        "LoRA low-rank matrices frozen weights adapters rank alpha fewer parameters merge",
        "stack queue push pop LIFO FIFO enqueue dequeue",
    ],
)
def test_strings_of_terms_are_keyword_strings(answer):
    assert keyword_string(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "LoRA - freezes the base weights, trains low-rank matrices A and B, few parameters.",
        "Monitor validation loss and stop early; keep epochs low; train fewer parameters.",
        "Temperature divides the logits before the softmax, so a low value sharpens them.",
        "It splits text into subword tokens and maps each to an id in a fixed vocabulary.",
        # found on answers written blind: kinds with their examples, and a list framed by a claim
        "By output: chat assistants like ChatGPT or Claude; image generators like Midjourney; "
        "code assistants like Copilot; voice tools like ElevenLabs.",
        "Put layered controls in place: input screening and output filters, grounding, "
        "watermarking and provenance, access controls and abuse monitoring, red-teaming, and "
        "clear policies.",
        "It comes down to three things: retrieval quality, grounding and evaluation.",
        "Bias comes from skewed training data, labels and feedback loops that amplify it, and "
        "fairness metrics tie the evaluation together.",
    ],
)
def test_concise_answers_with_claims_are_not(answer):
    assert not keyword_string(answer)


@pytest.mark.parametrize(
    "answer",
    [
        # terms around an empty predicate: a vague verb with a vague object, or a vague noun
        "Deepfakes, bias, hallucinations, privacy and job loss are the big themes, with "
        "regulation, watermarking and red-teaming shaping the response.",
        "Retrieval, embeddings and vector databases underpin the whole approach, while "
        "chunking, reranking and grounding round out the story.",
        "Quadratic cost, softmax, queries, keys and values sit at the centre of it all, with "
        "FlashAttention and KV caching tying it up.",
        "Chains, agents, retrievers, memory and tools anchor the framework, with LCEL and "
        "LangSmith bringing it all home.",
        "Subwords, merges, vocabularies and byte pairs: tokenization at its finest.",
    ],
)
def test_terms_around_an_empty_predicate_are_keyword_strings(answer):
    parsed = Text.of(answer)
    assert vague_predicates(parsed)
    assert keyword_string(answer)


@pytest.mark.parametrize(
    "answer",
    [
        # the same verbs with a claim between the terms
        "Retrieval, embeddings and a vector database underpin RAG: the question is embedded, "
        "the nearest chunks are fetched and pasted into the prompt.",
        "Temperature, top-k and top-p shape the output distribution: temperature rescales "
        "the logits, top-k keeps the k likeliest tokens.",
        "Attention lets every token weigh every other token, and the feed-forward layers "
        "drive most of the parameter count.",
    ],
)
def test_the_same_verbs_in_claims_are_not(answer):
    assert not keyword_string(answer)


def test_an_empty_predicate_cuts_the_item_it_stands_in():
    text = Text.of("latent noise all kind of coming together in the adversarial loss")
    filler = vague_predicates(text)
    assert [text.words[i] for i in sorted(filler)] == ["all", "kind", "of", "coming", "together"]


@given(
    st.lists(st.tuples(st.sampled_from(TERMS_AND_MARKS), st.sampled_from(" ,\n|/")), max_size=60)
)
def test_one_space_between_words_is_read_as_any_other_blank(pieces):
    # one space takes a shortcut when items are cut; a longer gap goes through the full search
    one = Text.of("".join(word + gap for word, gap in pieces))
    two = Text.of("".join(word + gap + " " for word, gap in pieces))
    assert bare_term_share(one) == bare_term_share(two)


@given(
    st.lists(st.tuples(st.sampled_from(TERMS_AND_MARKS), st.sampled_from(" ,\n|/:")), max_size=60),
    st.sampled_from([0.25, 0.5, 0.75]),
)
def test_giving_up_below_a_share_changes_no_share_at_or_above_it(pieces, floor):
    # the items left are skipped only when they could not lift the share to the floor
    text = Text.of("".join(word + gap for word, gap in pieces))
    full = bare_term_share(text)
    early = bare_term_share(text, give_up_below=floor)
    if full[0] >= floor:
        assert early == full
    else:
        assert early in (full, (0.0, 0))


def test_giving_up_stops_reading_a_prose_answer_early():
    prose = Text.of(
        "Temperature divides the logits before the softmax, so a low value sharpens them, "
        "and a high value flattens the distribution over the vocabulary, LoRA, PEFT"
    )
    assert bare_term_share(prose)[1] >= 1  # the last two items are bare terms
    assert bare_term_share(prose, give_up_below=0.5) == (0.0, 0)


def test_items_too_long_to_be_terms_are_not_read_to_give_up(monkeypatch):
    # an item of more than three content words, with no filler to cut off, is no bare term:
    # the prose below cannot reach half its words in terms, and no item is read to know it
    import interviewer.core.grading.term_items as term_items

    prose = Text.of(
        "Temperature divides the logits before the softmax layer, and a low value sharpens "
        "the distribution over tokens, LoRA"
    )
    read: list[tuple[int, int]] = []
    is_claim = term_items.is_claim
    monkeypatch.setattr(
        term_items,
        "is_claim",
        lambda t, a, b, long_terms=False, comparing=False: (
            read.append((a, b)) or is_claim(t, a, b, long_terms, comparing)
        ),
    )
    assert bare_term_share(prose, give_up_below=0.5) == (0.0, 0)
    assert read == []
    assert bare_term_share(prose)[1] == 1 and read


@pytest.mark.parametrize(
    "answer",
    [
        # "recall" and "answer" name metrics here, not things to do
        "Recall@k, MRR, nDCG, faithfulness, groundedness, answer relevancy, RAGAS, "
        "LLM-as-judge, context precision, hallucination rate.",
        # "X vs Y" names two terms and relates them by no claim
        "- cross-modal alignment - contrastive learning, CLIP - early vs late fusion - "
        "modality imbalance - visual tokens - hallucination",
    ],
)
def test_metric_names_and_versus_pairs_are_bare_terms(answer: str) -> None:
    assert keyword_string(answer)


@given(st.integers(min_value=2, max_value=40))
def test_a_pasted_restatement_is_flagged_as_the_restatement_alone(times: int) -> None:
    # "QLoRA lets you fine-tune a big model on one GPU." pasted twice had escaped the
    # restates_question cap (10 -> 24.1 with bank 2.4): a repeated sentence says nothing new
    question = Text.of("How does QLoRA fine-tune a large model on one GPU?")
    q_stems = frozenset(question.stems[i] for i in question.content)
    sentence = "QLoRA lets you fine-tune a big model on one GPU."
    flags: dict[int, list[str]] = {}
    for n in (1, times):
        parsed = Text.of(" ".join([sentence] * n))
        flags[n] = []
        answer_flags(flags[n], parsed, Structure.of(parsed), q_stems, 0.1, 0.05, 0.05)
    assert "restates_question" in flags[1]
    # and it is told it repeats itself (play26 #18)
    assert sorted(flags[times]) == sorted([*flags[1], "repeats_itself"])


def test_said_once_keeps_each_sentence_the_first_time_only() -> None:
    parsed = Text.of("LoRA adds adapters. LoRA adds adapters! It freezes the base model.")
    kept = said_once(parsed, Structure.of(parsed))
    words = [parsed.words[i] for i in kept]
    assert words.count("adapters") == 1
    assert "freezes" in words and "base" in words


@given(
    st.lists(
        st.sampled_from(
            [
                "LoRA",
                "rank",
                "adapters",
                "alpha",
                "weights",
                "merge",
                "low-rank",
                "matrices",
                "frozen",
                "PEFT",
            ]
        ),
        min_size=8,
        max_size=20,
    )
)
def test_terms_strung_by_spaces_are_a_keyword_string(terms: list[str]) -> None:
    assert keyword_string(" ".join(terms))


def test_a_terse_claim_with_function_words_is_not_a_bare_run() -> None:
    # the tersest correct answers give at least 12% of their words to function words
    assert not keyword_string(
        "LoRA freezes the base weights and trains two small low-rank matrices per layer."
    )


def test_a_term_defined_by_itself_is_the_question_said_again() -> None:
    """play22 F9: "Photosynthesis is the process of photosynthesis." scored 62 against its own
    answer key."""
    from interviewer.core.grading import grade_reference
    from interviewer.core.grading.flags import circular
    from interviewer.core.grading.text import Text

    key = (
        "Photosynthesis is the process by which plants use sunlight, water and carbon dioxide "
        "to make glucose and release oxygen."
    )
    asked = frozenset(Text.of("What is photosynthesis?").content_stems())
    grade = grade_reference(
        "What is photosynthesis?", key, "Photosynthesis is the process of photosynthesis."
    )
    assert "restates_question" in grade.flags and grade.band == "missing"
    assert circular(Text.of("Photosynthesis is a kind of photosynthesis."), asked)
    # not circular: something of its own, the term said once, or two things compared
    assert not circular(Text.of("Photosynthesis is how plants make glucose."), asked)
    assert not circular(Text.of("It is the process of making sugar from light."), asked)
    compared = frozenset(
        Text.of("What is the difference between a rock and a mineral?").content_stems()
    )
    assert not circular(
        Text.of("A rock has more than one mineral and a mineral has one mineral."), compared
    )
    assert grade_reference("What is photosynthesis?", key, key).passed


SEASONS = (
    "The seasons are caused by the tilt of Earth's axis (about 23.5 degrees), which changes the "
    "angle and duration of sunlight each hemisphere receives during the orbit."
)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            "axial tilt angle of sunlight day length the seasons change because Earth axis "
            "is tilted and so days are longer summer winter".split()
        ),
        min_size=1,
        max_size=14,
    )
)
def test_a_grade_against_an_answer_key_that_is_not_strong_always_says_why(
    words: list[str],
) -> None:
    """play23 F7 row 12: a weak grade with every keyword found had an empty feedback cell."""
    from interviewer.core.grading import grade_reference

    grade = grade_reference(
        "What causes the seasons on Earth?",
        SEASONS,
        " ".join(words),
        keywords=["axial tilt", "angle of sunlight", "day length"],
    )
    assert grade.band == "strong" or grade.feedback


def test_every_keyword_found_yet_short_is_told_to_say_more() -> None:
    from interviewer.core.grading import grade_reference

    grade = grade_reference(
        "What causes the seasons on Earth?",
        SEASONS,
        "Axial tilt changes the angle of sunlight and day length.",
        keywords=["axial tilt", "angle of sunlight", "day length"],
    )
    assert grade.band != "strong" and not grade.missed and not grade.flags
    assert grade.feedback[0].startswith("Say more: beyond the question's own words")


def test_a_word_said_and_denied_of_two_subjects_answers_a_difference() -> None:
    """play23 F5: "A list can be modified; a tuple cannot be modified." was flagged as
    restating "What is the difference between a list and a tuple?": its one word of its own,
    said and denied, is two things said."""
    question = Text.of("What is the difference between a list and a tuple in Python?")
    q_stems = frozenset(question.content_stems())

    def flagged(answer: str) -> bool:
        parsed = Text.of(answer)
        flags: list[str] = []
        answer_flags(flags, parsed, Structure.of(parsed), q_stems, 0.0, 0.05, 0.05)
        return "restates_question" in flags

    assert not flagged("A list can be modified; a tuple cannot be modified.")
    assert flagged("A list can be modified; a tuple can be modified.")
    assert flagged("The difference between a list and a tuple in Python.")


@pytest.mark.parametrize(
    ("question", "answer", "defined"),
    [
        ("What is a heap?", "A heap is a heap data structure.", True),
        ("What is a heap?", "A heap is a binary heap.", True),
        ("What is a heap?", "A heap is a heap.", True),
        # the term joined to another word names another thing; a clause explains it
        ("What is a heap?", "A heap is a heap-ordered binary tree.", False),
        ("What is a heap?", "A heap is a heap where parents are smaller.", False),
        ("What is a heap?", "A heap is a tree-based data structure.", False),
        ("What is a heap?", "A tree where each parent is smaller than a heap child.", False),
    ],
)
def test_a_term_defined_by_a_noun_phrase_of_itself(
    question: str, answer: str, defined: bool
) -> None:
    """play23 F6: "A heap is a heap data structure." scored 66.1 with no flag."""
    from interviewer.core.grading.flags import defined_by_itself

    asked = frozenset(Text.of(question).content_stems())
    assert (defined_by_itself(Text.of(answer), asked) is not None) == defined


def test_self_definitions_are_flagged_and_told_so_in_reference_mode() -> None:
    from interviewer.core.grading import grade_reference

    heap_key = (
        "A heap is a tree-based data structure where each parent is smaller than or equal to "
        "its children, so the minimum is always at the root."
    )
    cdn_key = (
        "A CDN caches content on servers close to users, which lowers latency and reduces load "
        "on the origin server."
    )
    for question, key, answer, term in [
        ("What is a heap?", heap_key, "A heap is a heap data structure.", "heap"),
        (
            "What does a CDN do?",
            cdn_key,
            "A CDN is a content delivery network that delivers content.",
            "CDN",
        ),
    ]:
        grade = grade_reference(question, key, answer)
        assert "restates_question" in grade.flags
        assert grade.score <= 50
        assert grade.feedback[0].startswith(f"Your answer defines “{term}” by itself")
        assert not any(n.startswith("You restated the question") for n in grade.feedback)
    # an acronym spelled out and then explained is no self-definition
    explained = grade_reference(
        "What does a CDN do?",
        cdn_key,
        "A CDN is a content delivery network that caches content close to users.",
    )
    assert "restates_question" not in explained.flags


@given(
    st.lists(
        st.sampled_from("a heap is the of tree data structure binary where parent - , .".split()),
        max_size=12,
    )
)
def test_an_answer_that_says_the_term_once_defines_nothing_by_itself(words: list[str]) -> None:
    from interviewer.core.grading.flags import defined_by_itself

    asked = frozenset(Text.of("What is a heap?").content_stems())
    answer = Text.of(" ".join(words))
    said = sum(1 for i in answer.content if answer.stems[i] == "heap")
    found = defined_by_itself(answer, asked)
    if said < 2:
        assert found is None
    else:
        assert found is None or answer.stems[found] == "heap"


def test_said_once_keeps_a_contrast_of_two_things() -> None:
    """Two sentences contrasting two things share almost all their content stems (Jaccard
    0.89: "own" and "one" are stop words): neither is said again (fluff52 tried counting a
    sentence sharing 0.6 of an earlier one's stems as said again, and took it back for this)."""
    parsed = Text.of(
        "Multi-head attention gives every query head its own key and value heads. "
        "Multi-query attention gives every query head one shared key and value head."
    )
    kept = said_once(parsed, Structure.of(parsed))
    assert "shared" in [parsed.words[i] for i in kept]
