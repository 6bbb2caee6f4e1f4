/* ============================================================
Purpose:    The changes of social worker dated in a range (the year to a date).
Grain:      one row per change
Parameters: @from, @to (yyyy-MM-dd, inclusive)
Metric ids: CH-CHG, CH-CHG-REC, CH-CHG-<code>
============================================================ */
SELECT child_id, change_date, previous_worker_id, new_worker_id, previous_team_code, new_team_code, case_type, reason, recorded
FROM   worker_changes
WHERE  change_date >= @from
  AND  change_date <= @to
ORDER BY change_date, child_id
