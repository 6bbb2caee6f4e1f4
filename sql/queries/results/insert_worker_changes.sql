/* ============================================================
Purpose:    One change of a child's social worker.
Grain:      one new row
Parameters: @child_id, @change_date, @previous_worker_id, @new_worker_id, @previous_team_code, @new_team_code, @case_type, @reason, @recorded
Metric ids: CH-CHG, CH-CHG-REC, CH-CHG-<code>
============================================================ */
INSERT INTO worker_changes (child_id, change_date, previous_worker_id, new_worker_id, previous_team_code, new_team_code, case_type, reason, recorded)
VALUES (@child_id, @change_date, @previous_worker_id, @new_worker_id, @previous_team_code, @new_team_code, @case_type, @reason, @recorded);
