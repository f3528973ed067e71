"""Reference mode: a count ("7 layers") or a chemical formula ("H2O") of the answer key said as
another is a wrong claim; said right, it is the answer, not the question restated."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from wrong_claims import answers_of, assert_quoted_verbatim_and_capped

from interviewer.core.grading import grade_reference
from interviewer.core.grading.exact import counts, formulas, is_formula, key_facts, read_exact
from interviewer.core.grading.reference_scoring import CAP, OFF_TOPIC_CAP

OSI = "How many layers does the OSI model have?"
OSI_KEY = "The OSI model has 7 layers."
WATER = "What is the chemical formula of water?"
WATER_KEY = "Water is H2O: two hydrogen atoms bonded to one oxygen atom."
BREATH = "Which gas do humans exhale more of than they inhale?"
BREATH_KEY = (
    "Humans exhale more carbon dioxide (CO2) than they inhale; cellular respiration makes it."
)


def test_counts_in_digits_and_words_with_the_thing_counted() -> None:
    read = [(c.value, c.head, c.modifier, c.text) for c in counts("It has seven layers, 32 bits.")]
    assert read == [(7, "layer", "", "seven layers"), (32, "bit", "", "32 bits")]
    kinds = [(c.value, c.modifier) for c in counts(WATER_KEY)]
    assert kinds == [(2, "hydrogen"), (1, "oxygen")]


def test_loose_numbers_ranges_names_and_units_are_no_counts() -> None:
    for text in (
        "about 5 layers",
        "more than 3 layers",
        "up to 7 layers",
        "5 to 7 layers",
        "5 or 6 layers",
        "IPv4 and GPT-4 and H2O",
        "one of the threads",
        "it takes 5 seconds",
        "2 x 3 heads",
        "stage 3 attends",
        "FP8 weights",
    ):
        assert counts(text) == [], text


def test_a_count_of_the_keys_thing_is_right_or_wrong() -> None:
    key = key_facts(OSI_KEY, OSI)
    assert read_exact(key, "There are seven layers.").right == 1
    wrong = read_exact(key, "The OSI model has 5 layers.").wrong
    assert [(c.evidence, c.detail) for c in wrong] == [
        (("5 layers",), "the answer key says “7 layers”")
    ]
    # one right count of the thing is enough; another thing counted is not judged
    assert read_exact(key, "7 layers, not 5 layers").wrong == ()
    assert read_exact(key, "It has 3 planes.").wrong == ()


def test_only_a_count_the_question_asks_for_is_checked() -> None:
    heads = "The model has 32 query heads and 8 KV heads."
    assert key_facts(heads, "How does grouped-query attention save memory?").counts == ()
    assert key_facts(heads, "What does the model look like?").counts == ()
    asked = key_facts(heads, "How many query heads does the model have?")
    assert [c.text for c in asked.counts] == ["32 query heads", "8 KV heads"]
    assert [c.evidence for c in read_exact(asked, "It has 64 query heads.").wrong] == [
        ("64 query heads",)
    ]


def test_a_count_of_a_thing_the_key_counts_twice_differently_is_not_judged() -> None:
    key = key_facts(WATER_KEY, "How many atoms does a water molecule have?")
    assert read_exact(key, "H2O has three atoms.").wrong == ()
    assert [c.evidence for c in read_exact(key, "H2O: three hydrogen atoms.").wrong] == [
        ("three hydrogen atoms",)
    ]


def test_formulas_are_element_symbols_with_counts() -> None:
    assert [w for w in "H2O CO2 O2 H2O2 C6H12O6 NH3 H2SO4 CH3COOH".split() if is_formula(w)] == (
        "H2O CO2 O2 H2O2 C6H12O6 NH3 H2SO4 CH3COOH".split()
    )
    for word in (
        "RAM",
        "MP3",
        "EC2",
        "IPv4",
        "GPT4",
        "P2P",
        "B2B",
        "H264",
        "U2",
        "co2",
        "L2",
        "FP8",
        "NF4",
        "BF16",
        "P4",
    ):
        assert not is_formula(word), word
    assert formulas("Carbon dioxide (CO2), not CO2 or H2O-based.") == ["CO2"]


def test_another_formula_than_the_keys_is_wrong() -> None:
    key = key_facts(BREATH_KEY)
    assert [c.evidence for c in read_exact(key, "We exhale more O2.").wrong] == [("O2",)]
    assert read_exact(key, "CO2, and less O2.").wrong == ()  # the key's, besides another
    assert read_exact(key_facts(OSI_KEY), "CO2").wrong == ()  # the key names no formula


def test_wrong_counts_and_formulas_cannot_pass_and_are_quoted() -> None:
    for prompt, key, answer in (
        (OSI, OSI_KEY, "The OSI model has 5 layers."),
        (OSI, OSI_KEY, "It has four layers."),
        (WATER, WATER_KEY, "The formula is H2O2, two hydrogen and two oxygen atoms."),
        (BREATH, BREATH_KEY, "We exhale more O2 than we inhale."),
    ):
        grade = grade_reference(prompt, key, answer)
        assert grade.score <= OFF_TOPIC_CAP, answer
        assert "contradiction" in grade.flags
        assert "restates_question" not in grade.flags
        assert grade.feedback[0].startswith("“")
        assert_quoted_verbatim_and_capped(grade, answer)


def test_the_keys_count_said_right_is_no_restatement() -> None:
    grade = grade_reference(OSI, OSI_KEY, "There are seven layers in the OSI model.")
    assert "restates_question" not in grade.flags
    assert grade.score > CAP
    assert not grade.contradictions


@given(st.text(max_size=60))
def test_counts_quote_the_text(text: str) -> None:
    for count in counts(text):
        assert count.text in text
        assert count.value >= 0


@given(st.text(alphabet="HCONaSl0123456789 ,.()-", max_size=40))
def test_formulas_quote_the_text(text: str) -> None:
    for formula in formulas(text):
        assert formula in text and is_formula(formula)


@given(answers_of("The OSI model has 7 seven 5 five layers layer not about"))
def test_wrong_counts_are_quoted_verbatim(answer: str) -> None:
    grade = grade_reference(OSI, OSI_KEY, answer)
    if any("answer key says “7 layers”" in c.detail for c in grade.contradictions):
        assert_quoted_verbatim_and_capped(grade, answer)


def test_a_compound_named_in_words_is_its_formula() -> None:
    from interviewer.core.grading.exact import compound_aliases, named_formulas

    assert compound_aliases("CO2") == ("carbon dioxide",)
    assert compound_aliases("Carbon dioxide") == ("CO2",)
    assert compound_aliases("latency") == ()
    assert named_formulas("Carbon dioxide and water, two oxygen atoms") == {"CO2", "H2O"}
    key = key_facts("Plants turn carbon dioxide and water into glucose and oxygen.")
    assert key.compounds == ("carbon dioxide", "water", "glucose")
    assert read_exact(key, "They take in CO2 and give off O2.").wrong == ()
    assert [c.evidence for c in read_exact(key, "They make CH4.").wrong] == [("CH4",)]


def test_the_compound_the_question_names_is_no_answer_of_the_keys() -> None:
    key = key_facts(WATER_KEY, WATER)
    wrong = read_exact(key, "Water is CO2.").wrong
    assert [(c.evidence, c.detail) for c in wrong] == [(("CO2",), "the answer key names “H2O”")]


def test_a_key_term_and_its_formula_are_one_term() -> None:
    grade = grade_reference(BREATH, BREATH_KEY, "Carbon dioxide, made by respiration in our cells.")
    names = [m.concept for m in grade.matched] + list(grade.missed)
    assert "CO2" not in grade.missed and "carbon dioxide" not in grade.missed, names
    formula = grade_reference(BREATH, BREATH_KEY, "CO2, from cellular respiration.")
    assert [m.evidence for m in formula.matched if m.concept in ("carbon dioxide", "CO2")] == [
        ("CO2",)
    ]


def test_orders_of_growth_in_their_normal_form() -> None:
    from interviewer.core.grading.exact import orders

    read = orders("O(log n), O(log(n)), O(n²), O(n^2), Θ(n log n), FOO(x) and O(1)")
    assert read == [("O(log n)", "logn"), ("O(n²)", "n^2"), ("Θ(n log n)", "nlogn"), ("O(1)", "1")]


def test_another_order_of_growth_than_the_keys_is_wrong() -> None:
    prompt = "What is the time complexity of binary search?"
    key = "Binary search runs in O(log n) time because it halves the interval at each step."
    grade = grade_reference(prompt, key, "Binary search is O(n) because it checks every element.")
    assert [(c.evidence, c.detail) for c in grade.contradictions] == [
        (("O(n)",), "the answer key says “O(log n)”")
    ]
    assert grade.score <= OFF_TOPIC_CAP
    right = grade_reference(prompt, key, "O(logn): each step halves what is left, not O(n).")
    assert not right.contradictions


@given(st.text(alphabet="O(n log)^2² ,.Θx1", max_size=40))
def test_orders_quote_the_text(text: str) -> None:
    from interviewer.core.grading.exact import orders

    for written, _ in orders(text):
        assert written in text


def test_an_order_of_growth_term_is_found_typed_without_spaces() -> None:
    from interviewer.core.grading.exact import order_aliases

    assert order_aliases("O(n log n)") == ("O(nlogn)",)
    assert order_aliases("O(n)") == ()
    assert order_aliases("latency") == ()
    grade = grade_reference(
        "What is the time complexity of merge sort?",
        "Merge sort runs in O(n log n) time in every case.",
        "Merge sort is O(nlogn) in every case.",
    )
    assert [m.evidence for m in grade.matched if m.concept == "O(n log n)"] == [("O(nlogn)",)]


def test_a_terse_answer_stating_the_keys_exact_fact_is_no_keyword_string() -> None:
    grade = grade_reference(WATER, WATER_KEY, "H2O, two hydrogens and one oxygen.")
    assert "keyword_list" not in grade.flags
    assert grade.passed
    # a string of the key's words without its formula stays one
    dump = grade_reference(WATER, WATER_KEY, "hydrogen, oxygen, atoms, bonded")
    assert "keyword_list" in dump.flags and dump.score <= CAP
    # a key with nothing stated exactly lifts nothing
    photo = grade_reference(
        "What does photosynthesis produce?",
        "Photosynthesis uses light energy to turn carbon dioxide and water into glucose and "
        "oxygen.",
        "light, carbon dioxide, water, glucose, oxygen",
    )
    assert "keyword_list" in photo.flags and photo.score <= CAP


def test_stated_needs_every_exact_fact_of_the_key() -> None:
    key = key_facts("Binary search is O(log n); it needs a sorted array.")
    assert read_exact(key, "O(log n), sorted array").stated
    assert not read_exact(key, "sorted array").stated
    assert not read_exact(key_facts("A stack is last in, first out."), "LIFO").stated
