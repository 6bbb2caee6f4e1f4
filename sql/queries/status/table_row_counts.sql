/* ============================================================
Purpose:    How many rows of each extract kind the database holds (home page data status).
Grain:      one row per extract kind
Parameters: none
Metric ids: none (data status)
============================================================ */
SELECT 'teams'         AS extract_kind, COUNT(*) AS row_count FROM teams
UNION ALL
SELECT 'workers'       AS extract_kind, COUNT(*) AS row_count FROM worker_spells
UNION ALL
SELECT 'allocations'   AS extract_kind, COUNT(*) AS row_count FROM allocations
UNION ALL
SELECT 'referrals'     AS extract_kind, COUNT(*) AS row_count FROM referrals
UNION ALL
SELECT 'establishment' AS extract_kind, COUNT(*) AS row_count FROM establishment
