/* ============================================================
Description: Allocations of children's cases to workers (allocations.csv).
Version:     1
Status:      live
Dependencies: 0002
============================================================ */
CREATE TABLE IF NOT EXISTS allocations (
    allocation_id   INTEGER NOT NULL PRIMARY KEY,
    child_id        TEXT    NOT NULL,          -- pseudonymous child identifier
    worker_id       TEXT    NOT NULL,
    start_date      TEXT    NOT NULL,          -- yyyy-MM-dd
    end_date        TEXT    NULL,              -- yyyy-MM-dd, inclusive; null while allocated
    case_type       TEXT    NOT NULL,          -- CIN | CP | CLA | CL
    source_line     INTEGER NOT NULL
);
