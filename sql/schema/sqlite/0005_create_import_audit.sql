/* ============================================================
Description: Import audit: every import run, every file in it, and every
             error or warning it produced. Written outside the data
             transaction so a failed load is still recorded.
Version:     1
Status:      live
Dependencies: none
============================================================ */
CREATE TABLE IF NOT EXISTS import_runs (
    run_id          INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    source_folder   TEXT    NOT NULL,
    triggered_by    TEXT    NOT NULL,          -- cli | schedule | first-start
    started_at      TEXT    NOT NULL,          -- UTC, ISO 8601
    finished_at     TEXT    NULL,
    outcome         TEXT    NOT NULL           -- running | loaded | unchanged | rejected | failed
);

CREATE TABLE IF NOT EXISTS import_files (
    file_id         INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    run_id          INTEGER NOT NULL REFERENCES import_runs (run_id),
    extract_kind    TEXT    NOT NULL,          -- teams | workers | allocations | referrals | establishment
    file_name       TEXT    NOT NULL,
    sha256          TEXT    NULL,
    encoding        TEXT    NULL,
    rows_read       INTEGER NOT NULL DEFAULT 0,
    rows_loaded     INTEGER NOT NULL DEFAULT 0,
    rows_rejected   INTEGER NOT NULL DEFAULT 0,
    error_count     INTEGER NOT NULL DEFAULT 0,
    warning_count   INTEGER NOT NULL DEFAULT 0,
    outcome         TEXT    NOT NULL,          -- running | loaded | unchanged | rejected | failed
    message         TEXT    NULL,
    started_at      TEXT    NOT NULL,
    finished_at     TEXT    NULL
);

CREATE INDEX IF NOT EXISTS ix_import_files_kind_outcome
    ON import_files (extract_kind, outcome, file_id);

CREATE TABLE IF NOT EXISTS import_issues (
    issue_id        INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    file_id         INTEGER NOT NULL REFERENCES import_files (file_id),
    severity        TEXT    NOT NULL,          -- error | warning
    line_number     INTEGER NULL,
    column_name     TEXT    NULL,
    value           TEXT    NULL,
    message         TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_import_issues_file ON import_issues (file_id);
