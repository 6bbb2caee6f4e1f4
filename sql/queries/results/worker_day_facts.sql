/* ============================================================
Purpose:    Every spell in post on one series date, as the refresh stored it.
Grain:      one row per spell in post
Parameters: @asOf (yyyy-MM-dd)
Metric ids: CASE-*, WF-SPAN (per worker)
============================================================ */
SELECT worker_id, team_code, role, employment_type, start_date, fte, band, cases, holds_cases, employed_year_ago, line_manager_id
FROM   worker_day_facts
WHERE  as_of = @asOf
ORDER BY worker_id, team_code
