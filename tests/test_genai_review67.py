"""review67, the second reader of stop 55: a fact-check sample of 10 tunable questions drawn at
random, leaving out every question review61, 62, 64, 65 and 66 drew or named
(`random.Random(6767)`, sorted: genai-003, 024, 036, 092, 093, 094, 103, 161, 168, 171). Each case
is a true sentence a correct answer naturally says that a `contradicts` line flagged (it must not
be), and the wrong claim the narrowed line is there for, said whole (it must stay caught).
Sentences written by the reader from the prompts, references and knowledge; no answer of any
split read (/work/s67/notes/review67.md)."""

from __future__ import annotations

import pytest
from subject_helpers import assert_only_the_subject_is_flagged

CASES = [
    # genai-036 'can process any length', 'no length limit' (no subject): true of state-space
    # models and RNNs; the wrong claim is that Transformers have no limit
    (
        "genai-036",
        "State-space models like Mamba can process any length with constant memory per step.",
        False,
    ),
    (
        "genai-036",
        "Mamba has no length limit in principle, because its state has a fixed size.",
        False,
    ),
    ("genai-036", "An RNN can process any length of input, but it forgets early tokens.", False),
    ("genai-036", "Transformers can process any length of input.", True),
    ("genai-036", "A Transformer can process any length of text.", True),
    ("genai-036", "Transformers have no length limit.", True),
    # genai-103 'star rating' (two words): recommender systems learn from star ratings (the
    # reference says preference modeling underlies them); the wrong claim is a preference model
    # trained on them
    (
        "genai-103",
        "Recommender systems learn preferences from star ratings as well as clicks.",
        False,
    ),
    ("genai-103", "Preference models are trained on star ratings.", True),
    ("genai-103", "Each answer gets a star rating from 1 to 5.", True),
    ("genai-103", "Annotators give each output a star rating.", True),
    # genai-161 'fixed green list' (a fragment): why the split is keyed on the previous token;
    # the wrong claim is that the watermark's list is fixed
    (
        "genai-161",
        "A fixed green list would be easy to learn, which is why the list is derived from the "
        "previous token.",
        False,
    ),
    ("genai-161", "The scheme uses a fixed green list.", True),
    ("genai-161", "The green list is fixed and never changes.", True),
    ("genai-161", "It always uses the same fixed green list of words.", True),
    # genai-168 'rotate the compressed latent' (no subject): why MLA must not; the wrong claim is
    # that MLA does
    (
        "genai-168",
        "Rotating the compressed latent with RoPE would break the absorption of the "
        "up-projections.",
        False,
    ),
    ("genai-168", "MLA rotates the compressed latent with RoPE.", True),
    ("genai-168", "The compressed latent is rotated with RoPE.", True),
    # genai-171 'repetition helps the model learn': a few epochs of repeated data help
    # (Muennighoff et al. 2023; the reference upsamples good sources for a few epochs); the wrong
    # claim is that duplicate pages help
    (
        "genai-171",
        "Up to about four epochs, repetition helps the model learn almost as much as fresh data, "
        "as Muennighoff et al. found.",
        False,
    ),
    ("genai-171", "Duplicate pages help the model learn.", True),
    ("genai-171", "Repetition helps the model learn, so keep the duplicates.", True),
    # genai-171 'benchmark data in pretraining' (a fragment): contamination named to be avoided;
    # the wrong claim is putting it there
    (
        "genai-171",
        "Leaked benchmark data in pretraining inflates the scores, so it is filtered out.",
        False,
    ),
    ("genai-171", "Include benchmark data in pretraining to boost the scores.", True),
    ("genai-171", "Put the benchmark data in pretraining.", True),
]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_second_readers_corrections(genai, genai_grader, question_id, answer, wrong) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert_only_the_subject_is_flagged(grade, wrong)
