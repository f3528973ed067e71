"""A change shown beside two scores is the gap between the two numbers shown (ux41): the
report's topic change against earlier sessions and `compare`'s change, in every format."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_report import record

from interviewer.core.report import build_report, format_score, to_html, to_markdown
from interviewer.core.report.formatting import change_label
from interviewer.core.report.model import TopicChange
from interviewer.core.session import SessionConfig

tenths = st.integers(min_value=0, max_value=1000).map(lambda n: n / 10)


def one_answer_session(store, bank, score: float):
    session = store.create_session(SessionConfig(bank_id="mini", count=1, seed=4), bank)
    band = "strong" if score >= 85 else "adequate" if score >= 70 else "weak"
    record(store, session, bank, 1, "mini-001", "An answer.", score, band, 30.0)
    store.finish_session(session.id, None)
    return session


def test_topic_change_is_the_gap_between_the_averages_shown(store, bank, clock):
    # 76.2 and 66.5 read 76 and 67: the change reads 'down 9', not 'down 10' (the -9.7 of
    # the unrounded averages), in Markdown, HTML and on the report screen's label
    one_answer_session(store, bank, 76.2)
    clock.advance(86400)
    later = one_answer_session(store, bank, 66.5)
    report = build_report(store, later.id, bank)
    assert report.comparison is not None
    [row] = [c for c in report.comparison.topics if c.current is not None]
    assert (row.previous, row.current, row.change) == (76.2, 66.5, -9.7)
    assert change_label(row) == "down 9"
    assert "| 76 | 67 | down 9 |" in to_markdown(report)
    assert ">76</td><td class='num'>67</td><td class='worse'>down 9</td>" in to_html(report)


@given(previous=tenths, current=tenths)
def test_a_change_label_adds_up_with_the_scores_shown(previous: float, current: float) -> None:
    change = round(current - previous, 1)
    direction = "better" if change >= 2 else "worse" if change <= -2 else "same"
    label = change_label(TopicChange("t", "T", previous, current, change, direction))
    read = int(format_score(current)) - int(format_score(previous))
    if direction == "same":
        assert label == "same"
    else:
        word, number = label.split()
        assert (word == "up") == (read > 0) and int(number) == abs(read)


def test_a_topic_never_asked_before_is_new() -> None:
    assert change_label(TopicChange("t", "T", None, 50.0, None, "new")) == "new"
