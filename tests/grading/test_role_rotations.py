"""Three roles rotated among three named parts (roles53): each part's role is a concept `about`
that part, and a subject named after a fronted topic ("In a cascaded voice assistant the TTS
model ...") is the one its clause is said of (subjects/positions.fronted_topic)."""

from __future__ import annotations

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader

CASCADE = (
    "In a cascaded voice assistant the {0} model comes first and transcribes the user's speech "
    "into text, the {1} then reads that transcript and writes the reply, and the {2} model "
    "finally turns the reply text into spoken audio. Each stage can be swapped, tested and "
    "inspected on its own, but the latencies add up, recognition errors flow into the LLM, and "
    "the tone, emotion and timing of the user's voice are lost in the transcript. An end-to-end "
    "speech-to-speech model maps audio to audio in one network, so it answers faster, keeps "
    "prosody and can handle interruptions, but it is harder to control and debug."
)


def test_a_three_way_rotation_of_the_cascade_is_caught(genai, genai_grader):
    question = genai.get("genai-209")
    right = genai_grader.grade(question, CASCADE.format("ASR", "LLM", "TTS"))
    assert not right.contradictions and not right.misconceptions
    assert right.passed
    rotated = genai_grader.grade(question, CASCADE.format("TTS", "ASR model", "LLM"))
    said = {c.concept: c.detail for c in rotated.contradictions}
    assert "said of TTS model" in said["ASR stage"]
    assert "said of ASR model" in said["LLM stage"]
    assert "said of LLM" in said["TTS stage"]
    assert not rotated.passed


def _pipeline(part_of: tuple[str, ...] = ()) -> Grader:
    question = Question(
        id="t-parts" if part_of else "t",  # graders share what they prepare per question id
        prompt="How does the relay work?",
        reference_answers=("The reader takes the notes down and the speaker reads them out.",),
        concepts=(
            Concept("whole relay", 2.0, ("two stages",), about=("relay",)),
            Concept(
                "takes notes", 2.0, ("takes the notes down",), about=("reader",), part_of=part_of
            ),
            Concept("reads out", 2.0, ("reads them out",), about=("speaker",), part_of=part_of),
        ),
    )
    return Grader(Bank(id="t", title="t", version="1", questions=(question,)))


def test_the_subject_after_a_fronted_topic_is_the_one_said_of():
    grader = _pipeline()
    question = grader.bank.get("t")
    wrong = grader.grade(question, "In a relay the speaker comes first and takes the notes down.")
    assert [c.concept for c in wrong.contradictions] == ["takes notes"]
    assert "said of speaker" in wrong.contradictions[0].detail  # it was "said of relay"
    right = grader.grade(question, "In a relay the reader comes first and takes the notes down.")
    assert not right.contradictions  # it was a swap "said of relay"
    # with a comma after the topic the clause's subject was already the one
    comma = grader.grade(question, "In a relay, the speaker comes first and takes the notes down.")
    assert [c.concept for c in comma.contradictions] == ["takes notes"]


def test_a_part_s_role_said_of_its_whole_is_no_swap():
    whole = "The relay takes the notes down, then reads them out."
    plain, parts = _pipeline(), _pipeline(("relay",))
    assert plain.grade(plain.bank.get("t"), whole).contradictions
    assert not parts.grade(parts.bank.get("t-parts"), whole).contradictions
    # a part's role said of another part is still a swap
    swapped = "The speaker takes the notes down, and the reader reads them out."
    assert len(parts.grade(parts.bank.get("t-parts"), swapped).contradictions) == 2


def test_the_cascade_said_to_do_each_stage_s_work_is_no_swap(genai, genai_grader):
    question = genai.get("genai-209")
    for reference in question.reference_answers:
        assert not genai_grader.grade(question, reference).contradictions
    concise = (
        "A cascade transcribes speech, runs a text LLM and speaks the answer: modular and easy "
        "to debug, but slower, and it loses tone and emotion. A speech-to-speech model works on "
        "audio directly: faster, keeps emotion, handles interruptions, but harder to control."
    )
    assert not genai_grader.grade(question, concise).contradictions
