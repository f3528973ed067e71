"""Check-only roles (roles54b): a part said to do another part's job, and never its own, is a
wrong claim naming both parts; what a concept is credited for does not change, and what a
reference says of a part is never an exchange."""

from __future__ import annotations

from interviewer.core.bank import Bank, Concept, Question, Role
from interviewer.core.grading import Grader

DISTIL = (
    "To distil a big LLM into a cheap one, {0} is kept frozen and produces soft targets for a "
    "broad set of prompts. {1}, a much smaller network, is then trained to match those soft "
    "targets with a KL divergence, and in production only the small model is served."
)


def test_an_exchange_of_two_parts_is_caught_and_the_control_passes(genai, genai_grader):
    question = genai.get("genai-153")
    right = genai_grader.grade(question, DISTIL.format("the teacher", "The student"))
    assert not right.contradictions
    wrong = genai_grader.grade(question, DISTIL.format("the student", "The teacher"))
    details = {c.concept: c.detail for c in wrong.contradictions}
    assert details["role of student"] == "that is what teacher does, not student"
    assert details["role of teacher"] == "that is what student does, not teacher"
    assert not wrong.passed and wrong.score < right.score
    assert (
        "“student is kept frozen and produces soft targets”: that is what teacher does"
        in " ".join(wrong.feedback)
    )


def test_a_part_called_by_another_parts_name_is_an_exchange(genai, genai_grader):
    question = genai.get("genai-068")
    wrong = genai_grader.grade(
        question,
        "Stable Diffusion denoises in a latent space. The VAE is the denoiser: it predicts the "
        "noise over many steps. The U-Net is an autoencoder that compresses the image into a "
        "latent and decodes the final latent back into pixels. A CLIP text encoder encodes the "
        "prompt, which reaches the denoiser through cross-attention.",
    )
    assert {c.concept for c in wrong.contradictions} >= {"role of VAE", "role of U-Net"}


def _relay(roles: bool) -> tuple[Grader, Question]:
    question = Question(
        id="relay-roles" if roles else "relay",  # graders share what they prepare per id
        prompt="How does the relay work?",
        reference_answers=(
            "The reader takes the notes down. The speaker reads them out, and the speaker also "
            "takes the notes down when the reader is away.",
        ),
        concepts=(
            Concept("takes notes", 2.0, ("takes the notes down",)),
            Concept("reads out", 2.0, ("reads them out",)),
        ),
        roles=(
            (Role(("reader",), ("takes the notes down",)), Role(("speaker",), ("reads them out",)))
            if roles
            else ()
        ),
    )
    return Grader(Bank(id="t", title="t", version="1", questions=(question,))), question


def test_a_job_a_reference_gives_a_part_is_not_flagged_and_credit_is_unchanged():
    with_roles, question = _relay(True)
    without, plain = _relay(False)
    # the references say the speaker takes notes down too: not an exchange
    both = "The speaker takes the notes down and the reader is away."
    assert not with_roles.grade(question, both).contradictions
    # the reader said to read out, and never to take notes down: an exchange
    wrong = "The reader reads them out. The speaker stays quiet."
    graded = with_roles.grade(question, wrong)
    assert [c.concept for c in graded.contradictions] == ["role of reader"]
    assert "speaker" in graded.contradictions[0].detail
    # a correct answer is graded exactly as without roles: no credit given or taken
    right = "The reader takes the notes down. The speaker reads them out."
    a, b = with_roles.grade(question, right), without.grade(plain, right)
    assert (a.score, a.matched, a.missed, a.feedback, a.contradictions) == (
        b.score,
        b.matched,
        b.missed,
        b.feedback,
        b.contradictions,
    )


def test_a_part_named_as_an_object_or_a_possessor_leads_nothing(genai, genai_grader):
    """Found on devset answers graded 5 (grade_identity): "the agent picks an action such as
    ..., and decides the next step" names the action as an object, and "the VAE's latent space"
    names the VAE as a possessor; neither says what the part does."""
    agent = genai_grader.grade(
        genai.get("genai-141"),
        "The agent picks an action such as looking something up, reads the result, and decides "
        "what to do next.",
    )
    assert not [c for c in agent.contradictions if c.concept.startswith("role of")]
    latent = genai_grader.grade(
        genai.get("genai-068"),
        "Sampling happens in the VAE's compressed latent space, which keeps it cheap, while "
        "cross-attention reads the prompt embeddings.",
    )
    assert not [c for c in latent.contradictions if c.concept.startswith("role of")]
    # correct_probes39 cp39-035: a part's name in brackets labels the words before it
    labelled = genai_grader.grade(
        genai.get("genai-141"),
        "A ReAct agent loops: the LLM writes a reasoning step (thought), chooses a tool call "
        "(action), receives the tool's result (observation), and repeats until a final answer.",
    )
    assert not [c for c in labelled.contradictions if c.concept.startswith("role of")]
