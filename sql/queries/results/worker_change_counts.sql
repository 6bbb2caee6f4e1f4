/* ============================================================
Purpose:    The changes of social worker dated in a range (the year to a date), counted by the previous worker's
            team, the case type, the reason and whether it was recorded: the Changes page's figures and its CSV,
            split by the page's filter in the web app with the series' own rule (MetricDaySplitter.ChangeKey).
Grain:      one row per previous team, case type, reason and recorded
Parameters: @from, @to (yyyy-MM-dd, inclusive)
Metric ids: CH-CHG, CH-CHG-REC, CH-CHG-<code>
============================================================ */
SELECT previous_team_code, case_type, reason, recorded, COUNT(*) AS changes
FROM   worker_changes
WHERE  change_date >= @from
  AND  change_date <= @to
GROUP BY previous_team_code, case_type, reason, recorded
