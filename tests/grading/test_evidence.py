"""Evidence reads as whole words and closed brackets, and stays a verbatim span (A8)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.evidence import readable
from interviewer.core.grading.text import Text


def widened(answer: str, words: str) -> str:
    """The evidence for the span of `words` (as written) in `answer`."""
    start = answer.index(words)
    begin, end = readable(answer, start, start + len(words))
    return answer[begin:end]


@pytest.mark.parametrize(
    ("answer", "words", "quoted"),
    [
        ("In MLM you mask about 15% of tokens.", "15", "15%"),
        ("It's how BERT-style encoders learn.", "BERT", "BERT-style"),
        (
            "It approaches full fine-tuning quality.",
            "approaches full fine",
            "approaches full fine-tuning",
        ),
        (
            "In PyTorch it's torch.utils.checkpoint, in JAX remat.",
            "torch.utils",
            "torch.utils.checkpoint",
        ),
        (
            "Optimize against the reward model with RL (PPO), plus a KL penalty.",
            "with RL (PPO",
            "with RL (PPO)",
        ),
        ("A vision encoder (CNN/ViT) feeds a decoder.", "encoder (CNN/ViT", "encoder (CNN/ViT)"),
        (
            'It smuggles in instructions like "ignore previous instructions", because ...',
            'instructions like "ignore previous',
            'instructions like "ignore previous instructions"',
        ),
        # the bracket's other half too far away or in another sentence: cut before the stray one
        ("Models: BLIP (a captioner. Used for alt text.", "BLIP (a captioner", "BLIP"),
        ("It is cheap. Alt text) and search use it.", "Alt text) and search", "and search"),
    ],
)
def test_a_span_is_widened_to_whole_words_and_closed_brackets(
    answer: str, words: str, quoted: str
) -> None:
    assert widened(answer, words) == quoted


def test_devset_evidence_reads_as_whole_words(genai, genai_grader) -> None:
    """Train answers d0013 and d0123 of tests/data/devset.yaml quoted "15" for "15%" and
    "... with RL (PPO" with its bracket open."""
    mlm = genai_grader.grade(
        genai.get("genai-027"),
        "In MLM you mask about 15% of tokens and the model predicts them, but only from the "
        "words to the left of each mask, since seeing the right side would leak the answer.",
    )
    assert "15%" in [e for m in mlm.matched for e in m.evidence]
    rlhf = genai_grader.grade(
        genai.get("genai-097"),
        "1) Supervised fine-tuning on human demonstrations. 2) Train a reward model on human "
        "rankings of model outputs. 3) Optimize the policy against the reward model with RL "
        "(PPO), plus a KL penalty to the SFT model.",
    )
    quoted = [e for m in rlhf.matched for e in m.evidence]
    assert "Optimize the policy against the reward model with RL (PPO)" in quoted
    assert all(e.count("(") == e.count(")") for e in quoted)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "a",
                "BERT-style",
                "15%",
                "(PPO)",
                "(open",
                "close)",
                '"q',
                "x.y",
                ",",
                ";",
                " ",
                "\n",
                ". ",
            ]
        ),
        min_size=1,
        max_size=14,
    ),
    st.data(),
)
def test_evidence_is_a_verbatim_span_with_a_word_and_no_loose_ends(pieces, data) -> None:
    answer = " ".join(pieces)
    text = Text.of(answer)
    if not text.words:
        return
    first = data.draw(st.integers(0, len(text.words) - 1))
    last = data.draw(st.integers(first, len(text.words) - 1))
    quoted = text.evidence(first, last)
    assert quoted and quoted in answer
    assert any(c.isalnum() for c in quoted)
    assert quoted.strip() == quoted


_SPANNED = st.text(alphabet='ab1 -.%()[]“”"\n,', max_size=40).flatmap(
    lambda raw: st.tuples(
        st.just(raw), st.integers(0, max(0, len(raw) - 1)), st.integers(0, len(raw))
    )
)


def _read_for_marks_everywhere(raw, start, end):
    """`readable` with every span read for brackets and quotation marks, as before the marks
    were looked for first (a pattern that matches everywhere)."""
    import re

    from interviewer.core.grading import evidence

    kept = evidence._MARKS_RE
    evidence._MARKS_RE = re.compile("")
    try:
        return readable(raw, start, end)
    finally:
        evidence._MARKS_RE = kept


@given(_SPANNED)
def test_a_span_is_read_the_same_with_or_without_looking_for_marks_first(case):
    raw, start, end = case
    if end > start:
        assert readable(raw, start, end) == _read_for_marks_everywhere(raw, start, end)


def test_my_own_span_without_marks_is_widened_to_whole_words_and_one_with_a_bracket_closed():
    raw = "We fine-tune BERT-style encoders (with LoRA adapters) at 15% cost."
    assert raw[slice(*readable(raw, raw.index("tune"), raw.index("tune") + 4))] == "fine-tune"
    start = raw.index("with")
    assert raw[slice(*readable(raw, start - 1, start + 4))] == "(with LoRA adapters)"
