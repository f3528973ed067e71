"""play62: the report's "What to do next" named a code question by its whole prompt on one line
("Question: What does this print? for i in range(2): print(i) ..."), and the appeal dialog's
five lines cut a long code prompt in the middle of its code. Both name such a question by its
prompt's first line now: the step with the question's number, the dialog with "…"."""

from __future__ import annotations

import dataclasses

from compare_helpers import stored_session

from interviewer.core.prompt_title import prompt_is_cut, prompt_title
from interviewer.core.report import build_report
from interviewer.core.report.markdown import to_markdown
from interviewer.core.report.next_steps import next_steps
from interviewer.tui.screens.appeal import appeal_prompt

CODE_PROMPT = "What does this print?\nfor i in range(2):\n    print(i)\n- A: 0 1\n- B: 1 2"


def test_the_title_is_the_first_line() -> None:
    assert prompt_title(CODE_PROMPT) == "What does this print?"
    assert prompt_is_cut(CODE_PROMPT)
    assert prompt_title("\n  What is RAG?  \n") == "What is RAG?"
    assert not prompt_is_cut("What is RAG?")
    assert prompt_title("") == ""


def test_what_to_do_next_names_a_code_question_by_its_first_line(store, bank, clock) -> None:  # noqa: ANN001
    ids = [q.id for q in bank.questions[:2]]
    session = stored_session(store, bank, clock, [(ids[0], 20.0), (ids[1], 40.0)])
    report = build_report(store, session.id, bank)
    first = dataclasses.replace(report.questions[0], prompt=CODE_PROMPT)
    questions = [first, *report.questions[1:]]
    steps = next_steps(questions, report.topics, None)
    titles = {s.id: s.title for s in steps if s.kind == "question"}
    assert titles[ids[0]] == "What does this print? (question 1)"
    # a prompt of one line is named whole, as before
    assert titles[ids[1]] == report.questions[1].prompt
    markdown = to_markdown(dataclasses.replace(report, questions=questions, next_steps=steps))
    step_line = f"- **Question `{ids[0]}`: What does this print? (question 1)**  "
    assert step_line in markdown.splitlines()


def test_the_appeal_dialog_shows_the_first_line() -> None:
    assert appeal_prompt(CODE_PROMPT) == "What does this print? …"
    long_one = "Explain " + "retrieval " * 40 + "in one paragraph."
    assert appeal_prompt(long_one) == long_one  # one line: wrapped by the box, as before


def test_the_report_screen_names_a_closed_code_question_by_its_first_line(store, bank, clock):  # noqa: ANN001
    from interviewer.tui.screens.report_lines import question_titles

    ids = [q.id for q in bank.questions[:2]]
    session = stored_session(store, bank, clock, [(ids[0], 20.0), (ids[1], 40.0)])
    report = build_report(store, session.id, bank)
    first = dataclasses.replace(report.questions[0], prompt=CODE_PROMPT)
    titles = question_titles([first, *report.questions[1:]])
    assert titles[0].endswith(" What does this print? …")
    assert "\n" not in titles[0]
    assert titles[1].endswith(report.questions[1].prompt)


def test_compare_names_a_code_question_by_its_first_line(store, bank, clock) -> None:  # noqa: ANN001
    from interviewer.core.report.side_by_side import side_by_side
    from interviewer.core.report.side_by_side_text import sections

    ids = [q.id for q in bank.questions[:2]]
    reports = []
    for score in (20.0, 60.0):
        session = stored_session(store, bank, clock, [(ids[0], score), (ids[1], 40.0)])
        report = build_report(store, session.id, bank)
        first = dataclasses.replace(report.questions[0], prompt=CODE_PROMPT)
        reports.append(dataclasses.replace(report, questions=[first, *report.questions[1:]]))
    by = {s.title: s for s in sections(side_by_side(*reports))}
    names = [row[0] for row in by["Questions asked in both"].rows]
    assert names == ["What does this print? …", reports[0].questions[1].prompt]
