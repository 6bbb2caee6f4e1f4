/* ============================================================
Purpose:    The display names of the spells in post on a date, for the
            Caseloads page of a user allowed names (access.md); the
            stored per-worker facts hold no names.
Grain:      one row per spell in post with a name
Parameters: @asOf (yyyy-MM-dd); @anyTeam (1: every team), @teamCodes (the teams of the page's scope)
Metric ids: none (names only)
============================================================ */
SELECT worker_id,
       team_code,
       display_name
FROM   worker_spells
WHERE  display_name IS NOT NULL
  AND  start_date <= @asOf
  AND  (end_date IS NULL OR end_date >= @asOf)
  AND  (@anyTeam = 1 OR team_code IN @teamCodes)
