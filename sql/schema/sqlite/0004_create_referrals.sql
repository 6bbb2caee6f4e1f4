/* ============================================================
Description: Referrals to children's social care (referrals.csv).
Version:     1
Status:      live
Dependencies: none
============================================================ */
CREATE TABLE IF NOT EXISTS referrals (
    referral_id     TEXT    NOT NULL PRIMARY KEY,
    child_id        TEXT    NOT NULL,
    referral_date   TEXT    NOT NULL,          -- yyyy-MM-dd
    source          TEXT    NULL,
    source_line     INTEGER NOT NULL
);
