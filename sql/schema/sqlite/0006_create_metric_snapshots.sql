/* ============================================================
Description: Stored metric series: every metric for every month end of the
             history, for the council and each group of each breakdown.
             Recomputed after each import; the dashboard only reads it.
Version:     1
Status:      live
Dependencies: 0001-0005
============================================================ */
CREATE TABLE IF NOT EXISTS metric_snapshots (
    as_of           TEXT    NOT NULL,          -- reporting date D, yyyy-MM-dd
    metric_id       TEXT    NOT NULL,          -- MetricInfo.Id, e.g. WF-TURN
    dimension       TEXT    NOT NULL,          -- Council | ServiceArea | Team | Locality | Role | EmploymentType | ExperienceBand | CaseType
    group_key       TEXT    NOT NULL,          -- 'Council', a team code, a service area, ...
    numerator       REAL    NOT NULL,
    denominator     REAL    NULL,              -- null for counts
    value           REAL    NULL,              -- null: no data (zero denominator)
    source_line     INTEGER NOT NULL,          -- position in the refresh (the loader's common column)
    PRIMARY KEY (metric_id, dimension, group_key, as_of)
);

CREATE TABLE IF NOT EXISTS metric_refreshes (
    refresh_id      INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    refreshed_at    TEXT    NOT NULL,          -- UTC, ISO 8601
    first_as_of     TEXT    NULL,
    latest_as_of    TEXT    NULL,              -- the "data as at" date the dashboard shows
    points          INTEGER NOT NULL,
    seconds         REAL    NOT NULL
);
