/* ============================================================
Purpose:    One page of the list of changes of social worker behind the Changes page's figures, in a range (the
            year to a date), within the page's filter: the previous worker's team codes in scope (and changes whose
            previous team is unknown, where that group is in scope) and the case types in scope.
Grain:      one row per change; the order ends on every column, so tied rows (an extract may repeat an allocation)
            cannot move between pages
Parameters: @from, @to (yyyy-MM-dd, inclusive); @anyTeam, @teamCodes, @unknownTeam; @anyCaseType, @caseTypes;
            @sort ('date', 'child' or 'reason'), @descending; @skip, @take
Metric ids: CH-CHG, CH-CHG-REC, CH-CHG-<code>
============================================================ */
SELECT child_id, change_date, previous_worker_id, new_worker_id, previous_team_code, new_team_code, case_type, reason, recorded
FROM   worker_changes
WHERE  change_date >= @from
  AND  change_date <= @to
  AND  (@anyTeam = 1 OR previous_team_code IN @teamCodes OR (@unknownTeam = 1 AND previous_team_code IS NULL))
  AND  (@anyCaseType = 1 OR case_type IN @caseTypes)
ORDER BY CASE WHEN @sort = 'child' AND @descending = 0 THEN child_id END,
         CASE WHEN @sort = 'child' AND @descending = 1 THEN child_id END DESC,
         CASE WHEN @sort = 'reason' AND @descending = 0 THEN reason END,
         CASE WHEN @sort = 'reason' AND @descending = 1 THEN reason END DESC,
         CASE WHEN @descending = 0 THEN change_date END,
         CASE WHEN @descending = 1 THEN change_date END DESC,
         child_id, new_worker_id, previous_worker_id, case_type, reason, recorded, previous_team_code, new_team_code
OFFSET @skip ROWS FETCH NEXT @take ROWS ONLY
