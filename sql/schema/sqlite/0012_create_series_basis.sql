/* ============================================================
Description: What the stored results were computed from, as digests a
             refresh compares to recompute only the dates an import
             changed (docs/metrics.md, "Series dates"): one row per
             part (a kind of input row and the month from which it can
             change figures, or an input that changes every date).
             Written in the transaction that writes the results. Empty
             until the next refresh, which then recomputes everything.
Version:     1
Status:      live
Dependencies: 0010
============================================================ */
CREATE TABLE IF NOT EXISTS series_basis (
    part                TEXT    NOT NULL PRIMARY KEY,   -- e.g. 'allocations 2026-10', 'teams', 'latest date'
    value               INTEGER NOT NULL                -- 64-bit digest, or a day number for a date part
);
