/* ============================================================
Description: The series refresh's stored results beside the metric
             series: every spell in post on each series date with its
             cases (Caseloads, span of control), leavers by reason, the
             data-quality findings, and every change of social worker.
             Pages, downloads and the CLI read these; the web process
             holds no copy of the extracts. metric_snapshots loses the
             loader's source_line (it was never a line of a file), and
             the refresh record is cleared so the next import or start
             refreshes into the new tables.
Version:     1
Status:      live
Dependencies: 0006
============================================================ */
ALTER TABLE metric_snapshots DROP COLUMN source_line;

DELETE FROM metric_snapshots; -- computed without the new metrics: the next refresh writes them all

DELETE FROM metric_refreshes;

CREATE TABLE IF NOT EXISTS worker_day_facts (
    as_of               TEXT    NOT NULL,      -- series date D, yyyy-MM-dd
    worker_id           TEXT    NOT NULL,
    team_code           TEXT    NOT NULL,
    role                TEXT    NOT NULL,      -- extracts.md code
    employment_type     TEXT    NOT NULL,      -- extracts.md code
    start_date          TEXT    NOT NULL,      -- the spell's start
    fte                 REAL    NOT NULL,
    band                TEXT    NOT NULL,      -- experience band on D
    cases               INTEGER NOT NULL,      -- distinct children on D (main spell only)
    holds_cases         INTEGER NOT NULL,      -- 1: the worker holds a case on D
    employed_year_ago   INTEGER NOT NULL,      -- 1: in an employed social-worker spell on D - 12 months
    line_manager_id     TEXT    NULL
);
CREATE INDEX IF NOT EXISTS ix_worker_day_facts_as_of ON worker_day_facts (as_of, team_code);

CREATE TABLE IF NOT EXISTS leavers_by_reason (
    as_of               TEXT    NOT NULL,
    dimension           TEXT    NOT NULL,      -- Council | ServiceArea | Team
    group_key           TEXT    NOT NULL,
    reason              TEXT    NOT NULL,      -- leaving reason word, or (not given)
    leavings            INTEGER NOT NULL,
    fte                 REAL    NOT NULL,
    PRIMARY KEY (as_of, dimension, group_key, reason)
);

CREATE TABLE IF NOT EXISTS data_quality_findings (
    as_of               TEXT    NOT NULL,
    metric_id           TEXT    NOT NULL,      -- the DQ-* metric that counts it
    worker_id           TEXT    NULL,
    child_id            TEXT    NULL,          -- pseudonymous id only
    detail              TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_data_quality_findings_as_of ON data_quality_findings (as_of);

CREATE TABLE IF NOT EXISTS worker_changes (
    child_id            TEXT    NOT NULL,      -- pseudonymous id only
    change_date         TEXT    NOT NULL,
    previous_worker_id  TEXT    NOT NULL,
    new_worker_id       TEXT    NOT NULL,
    previous_team_code  TEXT    NULL,          -- the previous worker's team on the day before
    new_team_code       TEXT    NULL,
    case_type           TEXT    NOT NULL,
    reason              TEXT    NOT NULL,      -- SSDA903 SW_REASON code
    recorded            INTEGER NOT NULL       -- 1: from change_reason; 0: inferred
);
CREATE INDEX IF NOT EXISTS ix_worker_changes_date ON worker_changes (change_date);
