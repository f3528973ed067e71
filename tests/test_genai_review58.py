"""review58, the second reader of stop 47: a fact-check sample of the genai rubric (30 concepts,
`random.Random(5858)`, and 10 references, `random.Random(5859)`, none drawn by review57) and the
rubric lines changed this stop (gap58, flag58, para58). Each case is a true sentence a correct
answer naturally says that a line flagged, and the wrong claim, with the line's subject named,
that must stay caught; or a wrong sentence that earned a too-general alias. Sentences written by
the reader from the prompts, references and knowledge; no answer of the development set read
(/work/s58/notes/review58.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from subject_helpers import assert_only_the_subject_is_flagged

CASES = [
    # R1 sample, genai-153 'the student is trained only on the teacher's hard labels': true of
    # black-box (sequence-level) distillation, which the rubric's own concept 'synthetic data'
    # credits; narrowed to 'always ...'
    (
        "genai-153",
        "With a closed API teacher you cannot get its logits, so the student is trained only "
        "on the teacher's hard labels, the text it generates: sequence-level distillation.",
        False,
    ),
    ("genai-153", "The student is always trained only on the teacher's hard labels.", True),
    # R2 sample, genai-153 'hard labels are enough': true for a black-box teacher; the wrong
    # claim is that hard labels carry as much information as soft targets
    (
        "genai-153",
        "For a black-box teacher, hard labels are enough to get most of the gain: you "
        "fine-tune the student on the teacher's generated answers.",
        False,
    ),
    (
        "genai-153",
        "Hard labels carry as much information as the teacher's probabilities, so soft "
        "targets are not needed.",
        True,
    ),
    # R3 sample, genai-153 "student copies the teacher's top answer": what sequence-level
    # distillation does (trained on the teacher's beam output); dropped
    (
        "genai-153",
        "In sequence-level distillation the student copies the teacher's top answer, its "
        "beam-search output, rather than matching the full distribution.",
        False,
    ),
    # R4 sample, genai-153 'only the argmax token': true of what an API teacher gives; narrowed
    # to the claim that only the argmax token matters or carries information
    (
        "genai-153",
        "With an API teacher the student sees only the argmax token at each step, which "
        "carries less information than soft targets.",
        False,
    ),
    ("genai-153", "Only the argmax token matters, so the student learns the top choice.", True),
    # R5 sample, genai-138 'bias is caused by the algorithm', 'algorithm is biased': bias can
    # also come from the algorithm (decoding amplifies the majority pattern: the rubric's own
    # concept 'amplifies majority patterns'); narrowed to 'only' and 'and not the data'
    (
        "genai-138",
        "Bias can also be caused by the algorithm: decoding that favours the most probable "
        "continuation amplifies the majority pattern.",
        False,
    ),
    (
        "genai-138",
        "Most bias comes from the data, but some bias is caused by the algorithm, because "
        "the training objective and decoding favour the majority.",
        False,
    ),
    ("genai-138", "Bias is caused only by the algorithm.", True),
    ("genai-138", "Bias is caused by the algorithm and not the data.", True),
    # R6 sample, genai-208 'every codebook one after another', 'codebooks strictly one after
    # another': true of the flattening pattern (the concept's own alias 'flattening'); narrowed
    # to VALL-E and MusicGen, which do not
    (
        "genai-208",
        "The simplest pattern, flattening, predicts every codebook one after another, which "
        "multiplies the sequence length by the number of codebooks.",
        False,
    ),
    (
        "genai-208",
        "Flattening puts the codebooks strictly one after another in a single long sequence, "
        "which is exact but slow.",
        False,
    ),
    ("genai-208", "VALL-E predicts every codebook one after another.", True),
    ("genai-208", "MusicGen predicts every codebook one after another.", True),
    # R7 sample, genai-072 'training is stable', 'converges reliably', 'straightforward to
    # train', 'pretty easy to train': true of diffusion models, the usual contrast with GANs;
    # narrowed to GANs, GAN training, the generator and discriminator
    (
        "genai-072",
        "Diffusion models converge reliably, while GANs are hard to train and can suffer mode "
        "collapse.",
        False,
    ),
    (
        "genai-072",
        "Compared with diffusion models, whose training is stable, GAN training is unstable.",
        False,
    ),
    (
        "genai-072",
        "Diffusion models are straightforward to train, while GANs need careful balancing of "
        "two networks.",
        False,
    ),
    ("genai-072", "Diffusion models are pretty easy to train compared with GANs.", False),
    ("genai-072", "GAN training is stable.", True),
    ("genai-072", "GANs converge reliably.", True),
    ("genai-072", "The generator and discriminator converge reliably to an equilibrium.", True),
    ("genai-072", "GANs are pretty easy to train.", True),
    # R8 sample, genai-124 'faster and more accurate': said of anything (metadata filtering);
    # narrowed to approximate search and ANN
    (
        "genai-124",
        "Metadata filtering makes the search faster and more accurate, because only matching "
        "documents are compared.",
        False,
    ),
    ("genai-124", "Approximate search is faster and more accurate than exact search.", True),
    ("genai-124", "ANN indexes are faster and more accurate.", True),
    # R9 sample, genai-164 alias 'Llama' of 'Llama examples' (GQA in Llama 2 70B and Llama 3):
    # Llama 1 and Llama 2 7B/13B use standard multi-head attention; a wrong sentence earned it
    (
        "genai-164",
        "Llama uses multi-query attention with one key and value head in total.",
        "not Llama examples",
    ),
    # R11 sample, genai-088 'only helps on the training tasks': true of ordinary task-specific
    # fine-tuning, the usual contrast; narrowed to instruction tuning
    (
        "genai-088",
        "Ordinary task-specific fine-tuning only helps on the training tasks, whereas "
        "instruction tuning generalises to unseen tasks.",
        False,
    ),
    ("genai-088", "Instruction tuning only helps on the training tasks.", True),
    # Q1 para58 dd4e90f4, genai-106 'safety and bias' alias 'outputs are safe': said as a claim,
    # not a check, a wrong answer earned it (8.5 -> 25.5); narrowed to checking or making sure
    # the outputs are safe (para58's case "You check that the outputs are safe." kept)
    (
        "genai-106",
        "Evaluation is not needed because the outputs are safe by default.",
        "not safety and bias",
    ),
    # Q2 para58 dd4e90f4, genai-072 alias 'classifier for real' (discriminator tells real from
    # fake): with any 'classifier' alias the concept is credited on the generator said to
    # classify ("generator that classifies samples as real"), and the swap is no longer flagged:
    # wrong_claims_probes46's swap 20.0 -> 97.8 (test_wrong_claims_probes failed). Dropped, with
    # para58's case for it in tests/test_plain58.py ('binary classifier for real', 'classifier
    # for real and generated' were tried: the swap still passes)
    (
        "genai-072",
        "A GAN has a generator that classifies samples as real or fake and a discriminator that "
        "creates new samples from random noise.",
        True,
    ),
    # G1 gap58 caecb080, genai-131 misconception 'image captioning is OCR': misconception
    # aliases are found in any word order, so 'captioning is OCR', 'captioning runs OCR' and
    # 'text found in it as the caption' flagged OCR-aware captioning (TextCaps); the longer
    # 'captioning works by running OCR / optical character recognition' kept
    (
        "genai-131",
        "Some captioning pipelines also run OCR so that text in the image can appear in the "
        "caption.",
        False,
    ),
    (
        "genai-131",
        "Captioning works by running OCR on the picture and returning the text.",
        "misconception",
    ),
    # F1 flag58 05713993, genai-100 misconception 'reward model is trained jointly with the
    # policy': the alias 'reward model is updated with the policy', dropped because it matched
    # "PPO updates the policy to maximise the reward model's score", was the claim's plainest
    # wording (0.0 -> 7.3); twins 'updated along with the policy', '... at every step'
    (
        "genai-100",
        "PPO updates the policy to maximise the reward model's score, while the reward model "
        "stays frozen.",
        False,
    ),
    ("genai-100", "During PPO the reward model is updated along with the policy.", "misconception"),
    (
        "genai-100",
        "The reward model is updated with the policy at every step.",
        "misconception",
    ),
    # F2 flag58 05713993, genai-103 'score from 1 to 10' narrowed to annotators, people and each
    # output: the usual other names of who scores lost (0.0 -> 25.5); twins for humans who give
    # each answer a score and annotators who rate each answer (flag58's case, "... easier for
    # humans to give than absolute scores from 1 to 10", stays clean)
    ("genai-103", "Humans give each answer a score from 1 to 10.", True),
    (
        "genai-103",
        "Annotators rate each answer with a score from 1 to 10, and the model regresses on it.",
        True,
    ),
]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_second_readers_corrections(genai, genai_grader, question_id, answer, wrong) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    if isinstance(wrong, str) and wrong.startswith("not "):  # an alias too general: not earned
        assert wrong[4:] not in {m.concept for m in grade.matched}, grade.score
    elif wrong == "misconception":  # a misconception line: found, and the answer under 25
        assert grade.misconceptions and grade.score < 25, (grade.misconceptions, grade.score)
    else:
        assert_only_the_subject_is_flagged(grade, wrong)


def test_llama_head_counts_in_the_description() -> None:
    """R10 sample, genai-164 'Llama examples': the description paired Llama 2 70B with "32
    query heads with 8 KV heads"; the 70B models have 64 query heads (32 is Llama 3 8B)."""
    rubric = yaml.safe_load(Path(__file__).parents[1].joinpath("rubrics/genai.yaml").read_text())
    concept = next(
        c for c in rubric["questions"]["genai-164"]["concepts"] if c["name"] == "Llama examples"
    )
    assert "64 query heads in the 70B" in concept["description"], concept["description"]
