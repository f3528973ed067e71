"""The importers, tested on the seed guide, on real public lists (or their layouts) and on small
texts: every source line is accounted for, answers come out clean."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

from interviewer.cli import main
from interviewer.core.errors import BankError
from interviewer.core.importers import (
    decode_source,
    import_list,
    parse_jsonl,
    parse_markdown,
    parse_table,
    parse_text,
    read_source,
    repair_text,
    to_bank_yaml,
)
from interviewer.core.importers import reading as reading_module

SEED = next(
    (
        base / "shared" / "seed" / "000_0cd6e56ae01fcdad.txt"
        for base in Path(__file__).resolve().parents
        if (base / "shared" / "seed" / "000_0cd6e56ae01fcdad.txt").is_file()
    ),
    Path("shared/seed/000_0cd6e56ae01fcdad.txt"),
)
needs_seed = pytest.mark.skipif(not SEED.is_file(), reason=f"seed guide not at {SEED}")
DATA = Path(__file__).parent / "data" / "import"
DIRTY = re.compile(
    r"https?://|\*\*|<[a-z/]|\]\(|answer here|\btodo\b|\btbd\b|^answer:", re.I | re.M
)


def assert_every_line_accounted(found, text: str) -> None:
    lines = [entry.line for entry in found.account]
    assert lines == list(range(1, len(text.splitlines()) + 1))
    for entry in found.account:
        assert entry.kind in ("question", "answer", "heading", "ignored", "header")
        if entry.kind == "ignored":
            assert entry.note, f"line {entry.line} ignored without a reason"


def assert_clean_answers(found) -> None:
    for question in found.questions:
        assert not DIRTY.search(question.answer), (question.prompt, question.answer)
        assert not DIRTY.search(question.prompt), question.prompt
        assert not question.prompt.startswith(("#", "-", "*", "1.")), question.prompt


def test_repair_text_undoes_the_seed_mis_encodings() -> None:
    assert repair_text("Whatβs the difference") == "What's the difference"
    assert repair_text("DALLΒ·E 3") == "DALL·E 3"
    assert repair_text("FID (FrΓ©chet Inception Distance)") == "FID (Fréchet Inception Distance)"
    assert repair_text("industriesβfrom healthcare") == "industries — from healthcare"
    assert repair_text("the model is less βsurprisedβ).") == "the model is less “surprised”)."


@needs_seed
def test_seed_imports_140_questions_in_nine_topics_every_line_accounted() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = parse_markdown(text, str(SEED))
    assert_every_line_accounted(found, text)
    assert len(found.questions) == 140
    assert found.topics == [
        "Generative AI",
        "Transformers & Large Language Models",
        "Prompt Engineering",
        "Diffusion Models & GANs",
        "Fine-Tuning & Transfer Learning",
        "RLHF & Model Alignment",
        "Evaluation Metrics & Model Performance",
        "MLOps & LLMOps",
        "Vision & Multimodal Generative AI",
    ]
    by_number = {n: q for n, q in enumerate(found.questions, start=1)}
    assert by_number[21].topic == found.topics[1]
    assert by_number[126].topic == found.topics[8]
    assert by_number[10].prompt == "What's the difference between GPT-3.5 and GPT-4?"
    assert "Fréchet" in by_number[110].prompt
    assert by_number[9].answer.startswith("Content writing, chatbots")
    assert by_number[97].answer.count("\n- ") == 2 and "PPO" in by_number[97].answer
    answered = [n for n, q in by_number.items() if q.answer]
    assert answered == [1, 9, 28, 49, 50, 97, 104, 107, 108, 109, 115, 125, 127]
    assert_clean_answers(found)


def test_theory_readme_bold_questions_emoji_levels_lists_and_tables() -> None:
    path = DATA / "theory_excerpt.md"
    found = import_list(path)
    assert_every_line_accounted(found, path.read_text(encoding="utf-8"))
    assert found.topics == ["Supervised machine learning", "Linear regression", "Classification"]
    assert len(found.questions) == 9 and found.answered == 9
    first = found.questions[0]
    assert first.prompt == "What is supervised machine learning?" and first.level == "beginner"
    assumptions = found.questions[3]
    assert assumptions.level == "intermediate"
    assert "\n1. Linear relationship" in assumptions.answer
    assert "\n1. No correlation between errors" in assumptions.answer
    mse = found.questions[7]
    assert "Mean Square Error" in mse.answer
    assert "Predicted; Positive (1); TP; FP" in found.questions[8].answer
    assert_clean_answers(found)


def test_technical_readme_bold_numbers_code_answers_and_a_placeholder() -> None:
    path = DATA / "technical_excerpt.md"
    found = import_list(path)
    assert_every_line_accounted(found, path.read_text(encoding="utf-8"))
    assert found.topics == ["SQL", "Coding (Python)"]
    prompts = [q.prompt.split("\n")[0] for q in found.questions]
    assert prompts == [
        "The number of active ads.",
        "All active campaigns. A campaign is active if there’s at least one active ad.",
        "The number of active campaigns.",
        "FizzBuzz. Print numbers from 1 to 100",
        "Factorial. Calculate a factorial of a number",
        "PMI. Given a collection of already tokenized texts, find the PMI (pointwise mutual "
        "information) of each pair of tokens. Return top 10 pairs according to PMI.",
    ]
    assert found.questions[0].answer == "SELECT count(*) FROM Ads WHERE status = 'active';"
    pmi = found.questions[-1]
    assert pmi.answer == "" and "- N is the total number of tokens in the text," in pmi.prompt
    assert_clean_answers(found)


def test_behavioural_layout_repeated_ones_details_and_company_bullets() -> None:
    path = DATA / "behavioural_layout.md"
    found = import_list(path)
    assert_every_line_accounted(found, path.read_text(encoding="utf-8"))
    prompts = [q.prompt for q in found.questions]
    assert len(prompts) == 12
    assert prompts[:3] == [
        "Tell me about a time you fixed a slow process.",
        "Describe a time you worked with a difficult stakeholder.",
        "Give an example of a goal you missed.",
    ]
    assert "Tell me about a disagreement with your manager." in prompts
    assert "How is success measured in the first six months?" in prompts
    assert found.topics[-3:] == ["Amazon", "Google", "Questions you can ask the interviewer"]
    friday = next(q for q in found.questions if "Friday" in q.prompt)
    assert friday.answer == ""
    manager = next(q for q in found.questions if "manager" in q.prompt)
    assert manager.answer.startswith("Situation: My manager") and "40%" in manager.answer
    assert_clean_answers(found)


def test_bullet_questions_under_small_headings_have_no_answers() -> None:
    path = DATA / "bullet_sections.md"
    found = import_list(path)
    assert_every_line_accounted(found, path.read_text(encoding="utf-8"))
    assert found.topics == ["Background", "Technical", "Communication"]
    assert len(found.questions) == 8 and found.answered == 0


def test_q_headings_answer_markers_placeholders_and_links() -> None:
    path = DATA / "q_headings.md"
    found = import_list(path)
    assert_every_line_accounted(found, path.read_text(encoding="utf-8"))
    assert [q.level for q in found.questions] == [
        "intermediate", "expert", "beginner", None, None, None,
    ]  # fmt: skip
    first = found.questions[0]
    assert first.prompt == "What is the difference between L1 and L2 regularisation?"
    assert first.answer.startswith("L1 adds") and "See this thread for a picture." in first.answer
    assert found.questions[1].answer == ""  # "Answer here <br/>"
    assert found.questions[2].answer.count("\n- ") == 2
    assert found.questions[4].answer == ""  # TODO
    assert found.questions[5].prompt == "What does the ROC AUC measure?"
    assert_clean_answers(found)


def test_csv_tsv_and_jsonl() -> None:
    csv_found = import_list(DATA / "flashcards.csv")
    assert [q.prompt for q in csv_found.questions] == [
        "What is a p-value?",
        "What is bias?",
        "Explain bagging",
    ]
    assert csv_found.questions[1].answer == "" and csv_found.questions[2].level == "beginner"
    assert csv_found.topics == ["Statistics", "Ensembles"]
    tsv = import_list(DATA / "anki_export.tsv")
    assert tsv.questions[0].answer == (
        "How many standard deviations a value lies from the mean.\nUsed to compare scales."
    )
    assert [e.kind for e in tsv.account] == ["ignored", "ignored", "question", "question"]
    jsonl = import_list(DATA / "questions.jsonl")
    assert [q.prompt for q in jsonl.questions] == [
        "What is overfitting?",
        "What is early stopping?",
    ]
    assert jsonl.questions[0].level == "beginner"
    assert [e.kind for e in jsonl.account] == [
        "question",
        "question",
        "ignored",
        "ignored",
        "ignored",
    ]


def test_an_answer_that_starts_with_the_word_answer_keeps_it() -> None:
    # found by the property test: "Answer aa aa." lost its first word
    found = parse_markdown(
        "1. What is A?\n   Answer sets are logic programs.\n2. What is B?\nAnswer: b.\n"
    )
    assert [q.answer for q in found.questions] == ["Answer sets are logic programs.", "b."]


def test_every_item_numbered_one_is_not_an_error() -> None:
    found = parse_markdown("# T\n1. What is A?\n1. What is B?\n1. What is C?\n")
    assert [q.prompt for q in found.questions] == ["What is A?", "What is B?", "What is C?"]


def test_heading_numbers_and_answer_tails_leave_topic_titles() -> None:
    found = parse_markdown(
        "# 10. Interview Concepts\n### Why use a deque?\nIt is O(1).\n"
        "# 11. Theoretical Interview Questions (with answers)\n### Q1: What is LIFO?\nLast in.\n"
    )
    assert found.topics == ["Interview Concepts", "Theoretical"]


def test_parenthesised_levels_and_level_headings() -> None:
    found = parse_markdown(
        "## Easy\n- What is A?\n## Hard\n- What is B? (medium)\n## Topic\n- What is C?\n"
    )
    assert [q.level for q in found.questions] == ["beginner", "intermediate", None]
    assert found.topics == ["Topic"]


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_bytes(codecs.BOM_UTF16_LE + "1. What is a tensor?\n".encode("utf-16-le"))
    assert import_list(path).questions[0].prompt == "What is a tensor?"


def test_input_size_is_capped_before_reading(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "big.md"
    path.write_text("1. What is A?\n" * 20, encoding="utf-8")
    monkeypatch.setattr(reading_module, "MAX_INPUT_BYTES", 100)
    with pytest.raises(BankError, match="the import limit is 5 MB"):
        read_source(path)


def test_binary_and_bad_encoding_are_clear_errors() -> None:
    with pytest.raises(BankError, match="binary file"):
        decode_source(b"\x89PNG\x00\x00", "x.png")
    with pytest.raises(BankError, match=r"x.txt:2: not UTF-8"):
        decode_source(b"ok\n\xff\xfe bad", "x.txt")


def test_parsers_never_raise_on_junk() -> None:
    for parse in (parse_markdown, parse_table, parse_jsonl):
        found = parse('"\n|||\n```\n{"question": 1}\n**\n')
        assert len(found.account) == 5


def test_cli_dry_run_prints_the_account_and_a_summary(capsys) -> None:
    with pytest.raises(SystemExit) as code:
        main(["bank", "import", str(DATA / "q_headings.md"), "--dry-run"])
    assert code.value.code == 0
    out = capsys.readouterr().out
    assert " 7  question  What is the difference between L1 and L2" in out
    assert "placeholder, not an answer" in out
    assert out.strip().endswith(
        "2 topics, 6 questions, 4 answered; 35 lines: 6 question, 9 answer, 3 heading, 17 ignored"
    )


def test_summary_counts_one_topic_and_one_question_in_the_singular() -> None:
    found = parse_markdown("# Only topic\n\n1. What is a tensor?\n")
    assert found.summary().startswith("1 topic, 1 question, 0 answered; ")
    header = to_bank_yaml(found, "one").splitlines()[1]
    assert header.startswith("# 1 question has no reference answer yet")
    assert "1 level is inferred" in header


def test_cli_needs_force_to_overwrite_and_checks_the_id(tmp_path: Path, capsys) -> None:
    out = tmp_path / "mine.yaml"
    out.write_text("edited by hand\n", encoding="utf-8")
    with pytest.raises(SystemExit) as code:
        main(["bank", "import", str(DATA / "q_headings.md"), "-o", str(out)])
    assert code.value.code == 2
    assert "already exists; add --force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "edited by hand\n"
    with pytest.raises(SystemExit) as code:
        main(["bank", "import", str(DATA / "q_headings.md"), "-o", str(out), "--force"])
    assert code.value.code == 0 and "id: q-headings" in out.read_text(encoding="utf-8")
    with pytest.raises(SystemExit) as code:
        main(["bank", "import", str(DATA / "q_headings.md"), "--id", "bad id!"])
    assert code.value.code == 2 and "bank id 'bad id!'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("prompt", "behavioural"),
    [
        ("Tell me about a time you disagreed with your manager.", True),
        ("Describe a situation when you had to meet a tight deadline.", True),
        ("Describe a time you worked with someone very different from you.", True),
        ("Give me an example of a time you failed.", True),
        ("Walk me through a time you led a project.", True),
        ("Can you tell me about a time you changed your mind?", True),
        ("**Tell us about a time** you mentored someone.", True),
        ("Tell me about yourself.", False),
        ("Describe a hash map.", False),
        ("Give an example of a Python decorator.", False),
        ("Walk me through how a query planner works.", False),
        ("What would you do at a time of high load?", False),
        ("Describe a decision you made with incomplete data.", True),
        ("Give an example of a goal you missed.", True),
        ("Tell me about a project you led.", True),
        ("Describe the biggest mistake you have made.", True),
        ("Describe a system you would design for a chat app.", False),
        ("Describe a tool you need for debugging.", False),
        ("Describe an algorithm that sorts in place.", False),
        # play47: a list typed in a word processor has typographic apostrophes
        ("Describe the biggest mistake you\u2019ve made.", True),
        ("Tell me about a mistake you\u2019ve made.", True),
        ("Tell me about a project you\u2019re proud of.", True),
        ("Tell me about a project you are most proud of.", True),
        ("Describe a tool you are proud to use.", False),
    ],
)
def test_behavioural_prompts_are_marked_star(prompt: str, behavioural: bool) -> None:
    found = parse_markdown(f"# Topic\n\n1. {prompt}\n\nSome answer.\n")
    assert [q.rubric for q in found.questions] == ["star" if behavioural else None]
    assert ("rubric: star" in to_bank_yaml(found, "b").split("questions:", 1)[1]) is behavioural


def test_a_fire_emoji_mid_prompt_stays_and_sets_no_level(capsys) -> None:
    line = "Explain what a Python generator is [INST] ... [/INST] 🐍🔥 and why it saves memory."
    [question] = parse_markdown(f"# Python\n\n8. {line}\n").questions
    assert question.prompt == line and question.level is None
    assert "level: intermediate  # inferred" in to_bank_yaml(parse_markdown(f"8. {line}\n"), "p")
    [marked] = parse_markdown("# Python\n\n8. What is a generator? 🔥\n").questions
    assert (marked.prompt, marked.level) == ("What is a generator?", "expert")


def test_an_unbalanced_csv_quote_is_a_warning_at_its_line_and_loses_no_row() -> None:
    found = parse_table('question,answer\n"unterminated,foo\nbar,"baz\nQ4?,fine\n', "bad.csv", ",")
    assert [str(w) for w in found.warnings] == [
        'bad.csv:2: warning: a quote (") opened on this line is not closed where its row ends; '
        "the line is read as a row of its own",
        'bad.csv:3: warning: a quote (") opened on this line is not closed where its row ends; '
        "the line is read as a row of its own",
    ]
    assert [(q.prompt, q.answer) for q in found.questions] == [
        ("unterminated", "foo"),
        ("bar", "baz"),
        ("Q4?", "fine"),
    ]
    assert [e.kind for e in found.account] == ["header", "question", "question", "question"]


def test_a_multi_line_csv_row_accounts_each_line_to_its_cell() -> None:
    text = 'question,answer\n"What is a\nlong question?","An answer\non two lines"\n"Q2?",""\n'
    found = parse_table(text, "ok.csv", ",")
    assert found.warnings == []
    assert [q.prompt for q in found.questions] == ["What is a long question?", "Q2?"]
    assert [(e.line, e.kind) for e in found.account] == [
        (1, "header"),
        (2, "question"),
        (3, "question"),
        (4, "answer"),
        (5, "question"),
    ]
    assert found.answered == 1


def test_import_names_the_unbalanced_quote_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text('question,answer\n"unterminated,foo\nbar,baz\n')
    with pytest.raises(SystemExit) as exited:
        main(["bank", "import", str(source), "--dry-run"])
    assert exited.value.code == 0
    captured = capsys.readouterr()
    assert f"{source}:2: warning: a quote" in captured.err
    assert "2 questions" in captured.out


def test_inline_code_is_kept_as_written_in_prompts_and_answers() -> None:
    found = parse_markdown(
        "# Markdown\n\n1. What is ```triple``` in Markdown?\nA fence around `code`.\n"
        "2. What does `SELECT *` return, and **why**?\nEvery column of `t*`.\n"
    )
    assert [q.prompt for q in found.questions] == [
        "What is ```triple``` in Markdown?",
        "What does `SELECT *` return, and why?",
    ]
    answers = [q.answer for q in found.questions]
    assert answers == ["A fence around `code`.", "Every column of `t*`."]


def test_a_headerless_anki_export_takes_its_third_column_as_the_topic() -> None:
    text = (
        "#separator:tab\n#html:true\n"
        "What is a p-value?\tThe probability of data this extreme.\tStatistics\n"
        "Explain bagging\tBootstrap samples, averaged.\tEnsemble methods\n"
        "What is ML?\tLearning from data.\teasy\n"
    )
    found = parse_table(text, "anki.tsv", "\t")
    assert found.topics == ["Statistics", "Ensemble methods"]
    assert [q.level for q in found.questions] == [None, None, "beginner"]
    named = parse_table(
        "#separator:tab\n#notetype column:3\n#deck column:4\nWhat is X?\tx\tBasic\tML::Trees\n",
        "anki.tsv",
        "\t",
    )
    assert named.topics == ["ML / Trees"]


def test_a_topic_column_keeps_its_whole_name_and_tags_give_their_first_tag() -> None:
    found = parse_table("question,answer,topic\nQ?,A,Machine Learning\n", "x.csv", ",")
    assert found.topics == ["Machine Learning"]
    found = parse_table("question,answer,tags\nQ?,A,stats hard\n", "x.csv", ",")
    assert found.topics == ["stats"]


VS_CHEAT_SHEET = """\
# Interview cheat sheet

## Databases

- **WHERE vs HAVING**: WHERE filters rows before grouping; HAVING filters groups after aggregation.
- **DELETE vs TRUNCATE** — DELETE removes rows one by one; TRUNCATE deallocates whole pages.

## Python

### list vs tuple
A list is mutable, whereas a tuple is immutable.

### `is` versus `==`
`is` compares identity, `==` compares equality.

## Networking

* TCP vs. UDP? TCP is reliable and connection-oriented; UDP is unreliable and connectionless.
"""


def test_an_x_vs_y_cheat_sheet_is_read_as_difference_questions(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """play23 F11: headings, bold terms and bullets written "X vs Y" found no question at all
    ("no question found"); each is now "What is the difference between X and Y?", the text
    after it the answer, and --dry-run says where the question came from."""
    found = parse_markdown(VS_CHEAT_SHEET)
    assert [(q.prompt, q.topic) for q in found.questions] == [
        ("What is the difference between WHERE and HAVING?", "Databases"),
        ("What is the difference between DELETE and TRUNCATE?", "Databases"),
        ("What is the difference between list and tuple?", "Python"),
        ("What is the difference between `is` and `==`?", "Python"),
        ("What is the difference between TCP and UDP?", "Networking"),
    ]
    assert [q.answer.split()[0] for q in found.questions] == ["WHERE", "DELETE", "A", "`is`", "TCP"]
    assert_every_line_accounted(found, VS_CHEAT_SHEET)
    source = tmp_path / "vs.md"
    source.write_text(VS_CHEAT_SHEET, encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "200")  # a line each
    with pytest.raises(SystemExit) as code:
        main(["bank", "import", str(source), "--dry-run"])
    assert code.value.code == 0
    out = capsys.readouterr().out
    assert "(from “WHERE vs HAVING”; the rest of the line is its answer)" in out
    assert "(from “list vs tuple”)" in out
    assert "5 questions, 5 answered" in out


def test_a_question_quoted_as_an_interviewer_says_it_is_a_question() -> None:
    """play47: `1. “Tell me about a time you failed.”` (quoted, ending in '.') was ignored as
    "text before the first question", and so was `1. "Explain ..."`; with no quote it is a
    question."""
    source = (
        "# Topic\n\n"
        "1. \u201cTell me about a time you failed.\u201d\n"
        '2. "Explain how an index speeds up a query."\n'
        "3. \u2018Describe the biggest mistake you\u2019ve made.\u2019\n"
        '4. "The index is a B-tree."\n'
    )
    found = parse_markdown(source)
    # asked without its enclosing quotes (small47)
    assert [(q.prompt, q.rubric) for q in found.questions] == [
        ("Tell me about a time you failed.", "star"),
        ("Explain how an index speeds up a query.", None),
        ("Describe the biggest mistake you\u2019ve made.", "star"),
    ]


def test_a_text_file_of_one_question_a_line_keeps_every_line_a_question() -> None:
    """play47: my own list as plain text, one question a line, some ending in '.': before,
    `Explain how an index ...` became the answer to the question above it, and a file of
    instructions only ("Tell me ...", "Explain ...", "Describe ...") imported nothing ("no
    question found"). A file with a real answer line still reads it as an answer."""
    listed = parse_text(
        "Tell me about a time you failed.\n"
        "What is the difference between a process and a thread?\n"
        "Explain how an index speeds up a SQL query.\n"
        "\n"
        "Describe the CAP theorem.\n",
        "mine.txt",
    )
    assert [q.prompt for q in listed.questions] == [
        "Tell me about a time you failed.",
        "What is the difference between a process and a thread?",
        "Explain how an index speeds up a SQL query.",
        "Describe the CAP theorem.",
    ]
    assert not any(q.answer for q in listed.questions)
    answered = parse_text(
        "What is a list comprehension?\n"
        "List comprehensions build a list from an iterable in one expression.\n"
        "What is a generator?\n"
        "A generator yields values lazily.\n",
        "notes.txt",
    )
    assert [q.prompt for q in answered.questions] == [
        "What is a list comprehension?",
        "What is a generator?",
    ]
    assert answered.questions[0].answer.startswith("List comprehensions build")
