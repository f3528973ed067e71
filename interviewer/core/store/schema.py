"""The history's schema: the migrations that build it, one step per version."""

from __future__ import annotations

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 0 -> 1: the first schema.
    (
        """CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            bank_id TEXT NOT NULL,
            bank_version TEXT NOT NULL,
            mode TEXT NOT NULL,
            config_json TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            paused_seconds REAL NOT NULL DEFAULT 0,
            level_reached TEXT
        )""",
        "CREATE INDEX sessions_by_bank ON sessions (bank_id, started_at)",
        "CREATE INDEX sessions_by_start ON sessions (started_at)",
        """CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            question_id TEXT NOT NULL,
            prompt TEXT NOT NULL,
            topic TEXT NOT NULL,
            level TEXT NOT NULL,
            answer TEXT NOT NULL,
            score REAL,
            band TEXT,
            grade_json TEXT,
            seconds REAL NOT NULL,
            time_limit INTEGER,
            timed_out INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            submitted_at TEXT NOT NULL,
            grader_version TEXT,
            UNIQUE (session_id, position)
        )""",
        "CREATE INDEX answers_by_question ON answers (question_id)",
        """CREATE TABLE grade_history (
            id INTEGER PRIMARY KEY,
            answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
            score REAL,
            band TEXT,
            grade_json TEXT,
            grader_version TEXT,
            regraded_at TEXT NOT NULL
        )""",
        "CREATE INDEX grade_history_by_answer ON grade_history (answer_id)",
        """CREATE TABLE drafts (
            session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            text TEXT NOT NULL,
            seconds_used REAL NOT NULL,
            saved_at TEXT NOT NULL
        )""",
    ),
    # 1 -> 2: hints used on an answer, the candidate's appeals and practice retries.
    (
        "ALTER TABLE answers ADD COLUMN hints_used INTEGER NOT NULL DEFAULT 0",
        """CREATE TABLE appeals (
            answer_id INTEGER PRIMARY KEY REFERENCES answers (id) ON DELETE CASCADE,
            candidate_grade INTEGER NOT NULL CHECK (candidate_grade BETWEEN 0 AND 5),
            note TEXT NOT NULL,
            appealed_at TEXT NOT NULL
        )""",
        """CREATE TABLE retries (
            id INTEGER PRIMARY KEY,
            answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
            answer TEXT NOT NULL,
            score REAL,
            band TEXT,
            grader_version TEXT,
            retried_at TEXT NOT NULL
        )""",
        "CREATE INDEX retries_by_answer ON retries (answer_id)",
    ),
    # 2 -> 3: what the history and the reports sum up of answers, in an index of its own: the
    # answers' rows (their long grade_json before `seconds`) are not read for it.
    (
        "CREATE INDEX answers_summary ON answers"
        " (session_id, position, score, seconds, topic, skipped)",
    ),
    # 3 -> 4: the bank file a session was started from, so that a bank practised by its path
    # (not installed in the data dir) can be found again by its report, regrade and resume.
    ("ALTER TABLE sessions ADD COLUMN bank_path TEXT",),
    # 4 -> 5: a practice retry's whole grade (covered, missed...), so that a report can say what
    # the retry covered, not only its score (play26 F15); NULL for retries kept before.
    ("ALTER TABLE retries ADD COLUMN grade_json TEXT",),
    # 5 -> 6: `timed_out` in the summary index, so that counting the unanswered questions
    # (time ran out with nothing typed, play28) reads the text of timed-out answers only: the
    # listing stays on the index, fast and clear of a damaged page in the answers' rows.
    (
        "DROP INDEX answers_summary",
        "CREATE INDEX answers_summary ON answers"
        " (session_id, position, score, seconds, topic, skipped, timed_out)",
    ),
)
"""`MIGRATIONS[n]` takes a database from schema version n to n + 1."""

SCHEMA_VERSION = len(MIGRATIONS)
"""The schema this program writes, kept in `PRAGMA user_version`."""
