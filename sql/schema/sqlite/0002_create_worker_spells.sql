/* ============================================================
Description: Employment spells from the HR extract (workers.csv).
             One row per worker per team, role and contract type.
Version:     1
Status:      live
Dependencies: 0001
============================================================ */
CREATE TABLE IF NOT EXISTS worker_spells (
    spell_id            INTEGER NOT NULL PRIMARY KEY,
    worker_id           TEXT    NOT NULL,
    display_name        TEXT    NULL,
    team_code           TEXT    NOT NULL,
    role                TEXT    NOT NULL,      -- canonical role word
    employment_type     TEXT    NOT NULL,      -- permanent | fixed_term | agency
    fte                 REAL    NOT NULL,      -- 0 < fte <= 1
    start_date          TEXT    NOT NULL,      -- yyyy-MM-dd
    end_date            TEXT    NULL,          -- yyyy-MM-dd, inclusive; null while in post
    leaving_reason      TEXT    NULL,          -- canonical ReasonLeave word
    qualified_date      TEXT    NULL,          -- yyyy-MM-dd
    line_manager_id     TEXT    NULL,
    source_line         INTEGER NOT NULL
);

-- The duplicate-key rule of workers.csv: the same worker, team, role and contract starting the same day.
CREATE UNIQUE INDEX IF NOT EXISTS ux_worker_spells_key
    ON worker_spells (worker_id, team_code, role, employment_type, start_date);
