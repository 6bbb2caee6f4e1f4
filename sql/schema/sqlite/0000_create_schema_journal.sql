/* ============================================================
Description: The migration journal: one row per schema script applied.
             Run before every migration; idempotent; not journalled itself.
Version:     1
Status:      live
Dependencies: none
============================================================ */
CREATE TABLE IF NOT EXISTS schema_journal (
    script_name     TEXT    NOT NULL PRIMARY KEY,
    applied_at      TEXT    NOT NULL           -- UTC, ISO 8601
);
