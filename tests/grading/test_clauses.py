"""Sentences, segments, clauses and the reach of a negation."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text


def structure(text: str) -> Structure:
    return Structure.of(Text.of(text))


WORDS_AND_MARKS = [
    "BERT",
    "encodes",
    "but",
    "GPT",
    "decodes",
    "not",
    "unlike",
    "and",
    "the",
    "1.",
    "x,",
    "y;",
    "it.",
    "done!",
    "-",
    "*",
    "(a)",
    "\n",
    "whereas",
    "no",
    "longer",
    "model",
    "rather",
    "than",
]
"""Words and punctuation to build texts from, spaced in different ways."""


def position(s: Structure, word: str, nth: int = 0) -> int:
    return [i for i, w in enumerate(s.text.words) if w == word][nth]


def test_sentences_end_at_full_stops_line_breaks_and_bullets():
    s = structure("One idea here. Another one\n- a bullet\n1. a numbered item")
    assert len(s.units("sentence")) == 4


def test_a_decimal_point_does_not_end_a_sentence():
    s = structure("Temperature 0.7 is common.")
    assert len(s.units("sentence")) == 1


def test_a_contrast_starts_a_new_segment_but_not_a_new_sentence():
    s = structure("RLHF trains a reward model, whereas DPO does not.")
    assert len(s.units("sentence")) == 1
    assert len(s.units("segment")) == 2


def test_a_negation_reaches_to_the_end_of_its_clause_only():
    s = structure("It does not need labels, it learns from raw text")
    assert s.negated(position(s, "labels"))
    assert not s.negated(position(s, "learns"))


def test_not_only_is_no_negation():
    s = structure("It is not only fast but also cheap")
    assert not s.negated(position(s, "fast"))


def test_denied_allows_function_words_and_one_light_verb():
    s = structure("DPO does not need any separate reward model")
    assert s.denied(position(s, "separate"))
    s = structure("The KL penalty does not drift into reward hacking")
    assert not s.denied(position(s, "reward"))


def test_removal_verbs_state_a_negative():
    s = structure("DPO eliminates the separate reward model")
    assert s.negative_context(position(s, "reward"))


def test_a_statement_named_to_reject_it_is_rejected():
    s = structure("Unlike methods that approximate attention, it is exact")
    assert s.rejected([position(s, "approximate")])
    s = structure("It is a myth that BLEU is enough")
    assert s.rejected([position(s, "bleu")])
    s = structure("BLEU is enough for chat models")
    assert not s.rejected([position(s, "bleu")])


def test_no_longer_denies_what_follows():
    structure = Structure.of(Text.of("DPO no longer needs a reward model."))
    words = structure.text.words
    assert structure.denied(words.index("reward"))


def test_a_statement_named_as_a_common_mistake_is_rejected():
    structure = Structure.of(Text.of("A common mistake is to think LoRA updates every weight."))
    words = structure.text.words
    assert structure.rejected([words.index("lora"), words.index("weight")])


def test_a_word_of_error_in_the_claim_itself_dismisses_nothing():
    # "mistakes" is what the sequence cannot correct, not a frame around the next claim: the
    # denial after it ("no diminishing returns") stands
    s = structure("One sequence can't correct its own mistakes, and it has no diminishing returns.")
    assert not s.disbelieved([position(s, "diminishing")])
    assert not s.dismissed([position(s, "diminishing")])
    s = structure("It is a mistake to say it has no diminishing returns.")
    assert s.disbelieved([position(s, "diminishing")])
    s = structure("A common misconception: it has no diminishing returns.")
    assert s.dismissed([position(s, "diminishing")])


def test_a_negation_of_degree_or_of_a_condition_denies_nothing():
    s = structure("The model doesn't depend too much on any single training example.")
    assert not s.denied(position(s, "single"))
    s = structure("If they can't tell which one is the computer, the computer wins.")
    assert not s.denied(position(s, "tell"))
    s = structure("The judge can't tell which one is the computer.")
    assert s.denied(position(s, "tell"))
    s = structure("The model doesn't depend on any single training example.")
    assert s.denied(position(s, "single"))


@pytest.mark.parametrize(
    "caution",
    [
        "You have to watch that it does not forget its general skills.",
        "Make sure the model doesn't forget its general skills.",
        "Be careful that the model does not forget its general skills.",
        "Tuning must ensure it does not forget its general skills.",
    ],
)
def test_a_risk_named_to_be_avoided_is_not_denied(caution):
    """wrongD: "watch that it does not forget its general skills" warns of catastrophic
    forgetting; it was read as denying it, and a correct answer scored 8."""
    s = structure(caution)
    assert not s.denied(position(s, "forget"))
    s = structure("The model does not forget its general skills.")
    assert s.denied(position(s, "forget"))


def test_a_possibility_is_not_a_denial():
    """wrongD: "a general model may not follow instructions well" names the problem fine-tuning
    solves; it was read as denying instruction following and a correct answer scored 0."""
    s = structure("A model trained only on web text may not follow instructions well.")
    assert not s.denied(position(s, "follow"))
    s = structure("It might not need a reward model at all.")
    assert not s.denied(position(s, "reward"))
    s = structure("A model trained only on web text does not follow instructions.")
    assert s.denied(position(s, "follow"))


def test_a_statement_with_a_replacing_word_inside_is_not_said():
    # "DiT replaces the convolutional U-Net" does not say "DiT is convolutional"
    s = structure("A DiT replaces the convolutional U-Net with a transformer.")
    assert s.rejected([position(s, "dit"), position(s, "convolutional")])
    s = structure("A DiT is convolutional.")
    assert not s.rejected([position(s, "dit"), position(s, "convolutional")])


def test_never_suffers_denies_what_it_suffers():
    s = structure("Training never suffers from mode collapse.")
    assert s.denied(position(s, "mode"))


def test_a_negation_does_not_reach_into_the_reason_after_because():
    s = structure("They add no latency at all because they can be merged into the weights.")
    assert s.negated(position(s, "latency"))
    assert not s.negated(position(s, "merged"))
    # "not because ..." denies the reason itself
    s = structure("It fails not because the data is small.")
    assert s.negated(position(s, "small"))


def test_is_not_needed_denies_what_comes_before():
    structure = Structure.of(Text.of("With DPO a reward model is not needed, and labels help."))
    words = structure.text.words
    assert structure.denied_after(words.index("model"))
    assert not structure.denied_after(words.index("labels"))


def test_a_word_that_denies_on_its_own_denies_what_comes_before():
    structure = Structure.of(
        Text.of(
            "Deduplication is usually skipped, vector stores are unnecessary, filtering can "
            "be omitted, and the noise is removed step by step."
        )
    )
    words = structure.text.words
    assert structure.denied_after(words.index("deduplication"))
    assert structure.denied_after(words.index("stores"))
    assert structure.denied_after(words.index("filtering"))
    # "removed" is what a diffusion model does to noise, not a denial of it
    assert not structure.denied_after(words.index("noise"))


def test_a_denying_word_not_said_of_the_words_before_denies_nothing():
    structure = Structure.of(Text.of("Deduplication makes extra passes unnecessary."))
    words = structure.text.words
    assert not structure.denied_after(words.index("deduplication"))
    assert not structure.denied_after(words.index("passes"))


def test_unlike_sets_aside_its_own_clause_not_the_main_claim():
    structure = Structure.of(
        Text.of("Unlike PPO-based RLHF, which trains a reward model, DPO trains a reward model.")
    )
    words = structure.text.words
    first_model, second_model = [i for i, w in enumerate(words) if w == "model"]
    assert structure.rejected([words.index("ppo")])
    assert structure.rejected([first_model - 2, first_model])
    assert not structure.rejected([second_model - 2, second_model])


def test_rather_than_sets_aside_what_follows_it():
    structure = Structure.of(
        Text.of("DPO optimises the policy directly rather than a reward model.")
    )
    words = structure.text.words
    assert structure.rejected([words.index("reward"), words.index("model")])
    assert not structure.rejected([words.index("policy")])


@given(st.lists(st.sampled_from(WORDS_AND_MARKS), max_size=60))
def test_one_space_between_words_is_read_as_any_other_blank(pieces):
    # one space takes a shortcut in Structure.of; two spaces go through the full checks
    one = structure(" ".join(pieces))
    two = structure("  ".join(pieces))
    assert (one.sentences, one.segments, one.clauses) == (two.sentences, two.segments, two.clauses)


@given(st.lists(st.integers(0, 3), max_size=40))
def test_units_are_the_runs_of_equal_numbers(steps):
    numbers = list(itertools.accumulate(steps))
    s = structure("x")
    s.sentences = numbers
    expected: list[tuple[int, int]] = []
    for i, number in enumerate(numbers):
        if expected and numbers[expected[-1][0]] == number:
            expected[-1] = (expected[-1][0], i)
        else:
            expected.append((i, i))
    assert s.units("sentence") == expected


@pytest.mark.parametrize(
    ("text", "negator"),
    [
        ("It doesn't need labels", "doesn't"),
        ("It doesn’t need labels", "doesn't"),  # a curly apostrophe is read as the straight one
        ("It DOESN'T need labels", "doesn't"),
        ("It does not need labels", "not"),
    ],
)
def test_contracted_and_plain_negations_are_found_in_any_spelling(text, negator):
    s = structure(text)
    assert [s.text.words[i] for i in s.negators] == [negator]
    assert s.negated(position(s, "labels"))


def test_a_negation_reaches_through_a_short_list_closed_by_or():
    s = structure("It needs no separate reward model, sampling or RL loop, so it is simpler")
    assert s.negated(position(s, "sampling"))
    assert s.negated(position(s, "loop"))
    assert not s.negated(position(s, "simpler"))


def test_a_negation_does_not_reach_past_its_clause_into_an_apposition_or_a_long_clause():
    s = structure(
        "ViTs lack the biases of CNNs, locality and translation equivariance, they need data"
    )
    assert not s.negated(position(s, "locality"))
    s = structure("It needs no labels, the model then learns the whole RL loop or more")
    assert not s.negated(position(s, "loop"))


def test_an_abbreviation_ends_no_sentence():
    assert len(structure("Kaplan et al. (2020) found this. Then more.").units("sentence")) == 2
    assert len(structure("Use an encoder, e.g. BERT. It reads both ways.").units("sentence")) == 2
    assert len(structure("Compare BLEU vs. ROUGE on the set.").units("sentence")) == 1


def test_rejecting_phrases_are_looked_up_by_their_first_word():
    from interviewer.core.grading.denial_words import REJECTING, by_first_word

    found = by_first_word(REJECTING)
    assert found["rather"] == [["rather", "than"]]
    assert found["unlike"] == [["unlike"]]
    assert sorted(" ".join(p) for ps in found.values() for p in ps) == sorted(REJECTING)
    assert by_first_word(["as if", "as opposed to"]) == {
        "as": [["as", "if"], ["as", "opposed", "to"]]
    }


def test_a_statement_after_rather_than_or_instead_of_is_set_aside():
    s = structure("It ranks documents rather than generating answers")
    assert s.dismissed([position(s, "generating")])
    s = structure("It ranks documents instead of generating answers")
    assert s.dismissed([position(s, "generating")])
    s = structure("It ranks documents and generates answers rather quickly")
    assert not s.dismissed([position(s, "generates")])


def _numbers_word_by_word(text: Text) -> tuple[list[int], list[int], list[int]]:
    """Sentence, segment and clause numbers, worked out word by word (the test's reference)."""
    from interviewer.core.grading import clauses as c

    raw, words, spans = text.raw, text.words, text.spans
    sentences, segments, clauses = [], [], []
    sentence = segment = clause = last_end = 0
    item_number = False
    for i, (start, end) in enumerate(spans):
        gap = raw[last_end:start]
        if i:
            if c.SENTENCE_END_RE.search(gap) and not (
                (item_number or words[i - 1] in c.ABBREVIATIONS) and "\n" not in gap
            ):
                sentence, segment, clause = sentence + 1, segment + 1, clause + 1
            elif (
                words[i] in c.CONTRASTS
                or ";" in gap
                or (
                    words[i] == "and"
                    and "," in gap
                    and c.next_word(words, i) in c.NEW_SUBJECT_WORDS
                )
            ):
                segment, clause = segment + 1, clause + 1
            elif c.CLAUSE_BREAK_RE.search(gap):
                clause += 1
        item_number = words[i].isdigit() and (not i or "\n" in gap)
        sentences.append(sentence)
        segments.append(segment)
        clauses.append(clause)
        last_end = end
    return sentences, segments, clauses


PIECES = ["1", "2.", "e.g.", "al.", "RLHF", "but", "and", "the", "it", "model", "whereas", "x"]
GAPS = [" ", "  ", ", ", "; ", ". ", "\n", " - ", ": ", " (", ") ", "! ", " / ", "\n- ", ",\n"]


@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GAPS)), max_size=40))
def test_units_are_numbered_as_word_by_word(pieces):
    text = Text.of("".join(word + gap for word, gap in pieces))
    s = Structure.of(text)
    assert (s.sentences, s.segments, s.clauses) == _numbers_word_by_word(text)


@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GAPS)), max_size=40))
def test_units_start_wherever_the_number_changes(pieces):
    s = Structure.of(Text.of("".join(word + gap for word, gap in pieces)))
    for kind, numbers in (
        ("sentence", s.sentences),
        ("segment", s.segments),
        ("clause", s.clauses),
    ):
        starts = [i for i in range(1, len(numbers)) if numbers[i] != numbers[i - 1]]
        expected = list(
            zip([0, *starts], [i - 1 for i in starts] + [len(numbers) - 1], strict=True)
        )
        assert s.units(kind) == (expected if numbers else [])


def test_a_text_saying_a_word_and_its_negative_form_is_two_sided() -> None:
    from interviewer.core.grading.denial_words import two_sided

    assert two_sided("a list is mutable and a tuple is immutable".split())
    assert two_sided("runs are deterministic or nondeterministic".split())
    assert not two_sided("a tuple is immutable".split())
    assert not two_sided("it is important to port it".split())  # "important" is not "portant"


def test_a_removal_verb_before_any_denies_what_it_removes():
    # play28 M1: "removes any clipping" was read as saying the clipping
    s = structure("It removes any clipping of the probability ratio, which is faster")
    assert s.denied(position(s, "clipping"))
    assert not s.negated(position(s, "faster"))
    s = structure("The model removes the noise step by step")
    assert not s.denied(position(s, "noise"))


def test_a_negation_denies_every_item_of_a_disjunction_after_it():
    s = structure("It needs no value function or advantage estimates")
    assert s.denied(position(s, "advantage"))
    s = structure("It won not because it was more capable or better at reasoning")
    assert s.denied(position(s, "better"))
    s = structure("It needs no separate reward model, sampling or RL loop")
    assert s.denied(position(s, "rl"))
    # "and" joins more than what is denied: "does not need labels and learns from text"
    s = structure("It does not need labels and learns from raw text")
    assert not s.denied(position(s, "learns"))
    s = structure("It does not need labels or a big cluster and learns from raw text")
    assert not s.denied(position(s, "learns"))
    # a purpose set aside is not carried through the disjunction
    s = structure("Pretraining teaches it to continue text, not to be helpful or safe")
    assert not s.denied(position(s, "safe"))


def test_a_negation_denies_the_of_complement_of_what_it_denies_but_not_after_a_loss():
    s = structure("It removes any clipping of the probability ratio")
    assert s.denied(position(s, "probability"))
    s = structure("It is fast without loss of quality")
    assert not s.denied(position(s, "quality"))


@pytest.mark.parametrize("link", ["so", "because", "since", "which", "therefore", "then"])
def test_a_negation_does_not_reach_through_a_list_item_that_opens_a_new_clause(link):
    s = structure(
        f"A plain attention layer does not see word order, {link} extra vectors, fixed or learned, "
        "are added"
    )
    assert s.negated(position(s, "order"))
    assert not s.negated(position(s, "vectors"))
    assert not s.negated(position(s, "learned"))


@given(
    st.sampled_from(["so", "because", "since", "which", "therefore"]),
    st.lists(st.sampled_from(["cats", "dogs", "fixed", "big", "small"]), min_size=1, max_size=3),
)
def test_no_item_after_a_linking_word_is_denied(link, items):
    s = structure(f"It has no labels, {link} {', '.join(items)} or more")
    assert s.negated(position(s, "labels"))
    assert not any(s.negated(i) for i in range(position(s, link), len(s.text.words)))


@pytest.mark.parametrize("adverb", ["actually", "truly", "ever", "even", "really", "genuinely"])
def test_a_stressing_adverb_after_a_negation_still_denies(adverb):
    s = structure(f"The scheduler does not {adverb} need a separate queue")
    assert s.denied(position(s, "separate"))


@pytest.mark.parametrize("hedge", ["always", "necessarily"])
def test_a_hedge_after_a_negation_still_denies_nothing(hedge):
    s = structure(f"The scheduler does not {hedge} need a separate queue")
    assert not s.denied(position(s, "separate"))


def test_not_any_more_denies_past_the_verbs_object():
    s = structure("Sharding does not make the index any more accurate")
    assert s.denied(position(s, "more"))
    assert s.denied(position(s, "accurate"))
    s = structure("Caching does not make requests any faster")
    assert s.denied(position(s, "faster"))


def test_any_more_after_a_clause_break_or_a_long_stretch_denies_nothing():
    s = structure("It does not use the cache, any more random tokens")
    assert not s.denied(position(s, "random"))
    s = structure("It does not make the big shared cold cache any faster")
    assert not s.denied(position(s, "faster"))
    s = structure("It does not make the index more accurate")  # no "any": the object stands between
    assert not s.denied(position(s, "accurate"))


@given(
    st.sampled_from(["make", "keep", "render"]),
    st.lists(st.sampled_from(["output", "index", "model", "cache"]), min_size=1, max_size=3),
    st.sampled_from(["more", "less", "better", "faster"]),
)
def test_not_verb_object_any_comparative_is_read_only_as_a_denial(verb, obj, comparative):
    text = f"It does not {verb} the {' '.join(obj)} any {comparative} stable"
    s = structure(text)
    assert s.denied(position(s, "stable")) == (1 + len(obj) <= 3)
    plain = structure(text.replace("not ", ""))
    assert not plain.denied(position(plain, "stable"))
