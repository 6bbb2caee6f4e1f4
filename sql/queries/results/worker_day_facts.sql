/* ============================================================
Purpose:    Every spell in post on one series date, as the refresh stored it, in every team or in the teams of a
            page's scope (a team's or service area's page reads its own workers, not the council's).
Grain:      one row per spell in post
Parameters: @asOf (yyyy-MM-dd); @anyTeam (1: every team), @teamCodes
Metric ids: CASE-*, WF-SPAN (per worker)
============================================================ */
SELECT worker_id, team_code, role, employment_type, start_date, fte, band, cases, holds_cases, employed_year_ago, line_manager_id
FROM   worker_day_facts
WHERE  as_of = @asOf
  AND  (@anyTeam = 1 OR team_code IN @teamCodes)
ORDER BY worker_id, team_code
