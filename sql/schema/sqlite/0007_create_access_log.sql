/* ============================================================
Description: The access log (access.md): one row per view or download of
             worker-level or child-level data: who, with which roles, what
             they asked for, and how many person-level rows it returned.
             Purged after Access:AuditRetentionDays.
Version:     1
Status:      live
Dependencies: none
============================================================ */
CREATE TABLE IF NOT EXISTS access_log (
    entry_id        INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    logged_at       TEXT    NOT NULL,          -- UTC, ISO 8601
    user_id         TEXT    NOT NULL,          -- the token's stable id (oid or sub)
    user_name       TEXT    NOT NULL,
    roles           TEXT    NOT NULL,          -- comma-separated
    resource        TEXT    NOT NULL,          -- page or download, e.g. /caseloads, /download/caseloads.csv
    filters         TEXT    NOT NULL,          -- the query it was asked with
    rows_returned   INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_access_log_logged_at ON access_log (logged_at);
