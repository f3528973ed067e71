"""The report's formatting as a package, one module per idea (values, outcome, topics, advice,
summary): each module's own rules, and the names callers import from
`interviewer.core.report.formatting` kept where they were."""

from __future__ import annotations

from types import SimpleNamespace

import interviewer.core.report.formatting as formatting
from interviewer.core.report.formatting import advice, outcome, summary, topics, values
from interviewer.core.report.model import GroupScore


def test_values_never_round_a_score_up_across_a_band_s_cut_off() -> None:
    assert [values.format_score(s) for s in (82.46, 39.5, 69.94, 84.5, 29.5, None)] == [
        "82",
        "40",
        "69",
        "84",
        "29",
        "-",
    ]
    assert values.shown_score(70.0) == 70.0 and values.shown_score(85.4) == 85.0
    assert [values.format_seconds(s) for s in (95.2, 3600, None)] == ["1:35", "1:00:00", "-"]


def test_outcome_shows_a_misconception_s_note_once() -> None:
    note = "A transformer is not recurrent"
    assert outcome.misconception_note(note, [f"{note} (you wrote: 'it loops')"]) == ""
    assert outcome.misconception_note(note, [note]) == ""
    assert outcome.misconception_note(note, ["Another line"]) == note


def test_topics_say_how_skips_count() -> None:
    some = GroupScore("t", "T", 40.0, "weak", count=3, skipped=1, self_rated=1)
    every = GroupScore("u", "U", 0.0, "missing", count=2, skipped=2)
    assert (topics.answers_text(some), topics.group_score_text(some)) == (
        "2 (1 skipped, as 0) (+1 self-rated)",
        "40",
    )
    assert (topics.answers_text(every), topics.group_score_text(every)) == ("2 (as 0)", "skipped")
    assert topics.skip_note(0) == ""


def test_advice_cuts_commands_out_and_joins_back_to_the_text() -> None:
    command = "interviewer --data-dir '/tmp/my  data'"
    text = f"Run `{command} resume 1a2b3c4d` to go on, or `ls` (not ours)."
    pieces = advice.command_pieces(text, command)
    assert pieces[1] == (f"{command} resume 1a2b3c4d", True)
    joined = "".join(f"`{piece}`" if is_command else piece for piece, is_command in pieces)
    assert joined == text
    gone = advice.unfinished_advice("1a2b3c4d5e", "mine", "interviewer", bank_gone=True)
    assert "--id mine" in gone and "`interviewer resume --close 1a2b3c4d`" in gone


def test_summary_counts_time_for_the_questions_reached() -> None:
    def side(reached: int, planned: int, answered: int) -> SimpleNamespace:
        return SimpleNamespace(
            questions_reached=reached, questions_planned=planned, answered=answered
        )

    assert summary.time_counted_for(side(10, 10, 10), long=True) == ""
    assert summary.time_counted_for(side(1, 10, 1)) == " for 1 of 10"
    assert summary.time_counted_for(side(1, 10, 1), long=True) == (
        " for the 1 of 10 questions answered"
    )
    assert summary.time_counted_for(side(3, 10, 2), long=True) == (
        " for the 3 of 10 questions reached, 2 answered"
    )


BEFORE_THE_SPLIT = """BAND_CUTOFFS MONTHS NOT_GRADED_YET NOT_RATED_YET SESSION_BAND_WORDS SKIPPED
against_earlier_text all_skipped answers_text appeal_text before_text change_label command_pieces
earlier_scores format_duration format_score format_seconds format_when format_when_short
group_score_text level_row misconception_note mode_label next_step_line report_kind result_label
retry_lines score_note session_level shown_score skip_note skipped_topics summary_lines
time_counted_for unfinished_advice""".split()
"""The public names formatting.py defined at 528bb0cf, before it became a package."""


def test_the_names_callers_import_from_formatting_are_the_modules_own() -> None:
    """`from interviewer.core.report.formatting import format_score` (and every other name the
    module defined) keeps working, and gives the object of the module that now defines it."""
    modules = (values, outcome, topics, advice, summary)
    assert set(BEFORE_THE_SPLIT) <= set(formatting.__all__)
    # a name added since (play66's session_score_cell) is one module's own too
    for name in formatting.__all__:
        homes = [module for module in modules if name in vars(module)]
        assert homes and all(getattr(m, name) is getattr(formatting, name) for m in homes), name
