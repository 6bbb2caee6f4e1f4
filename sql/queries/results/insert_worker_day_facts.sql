/* ============================================================
Purpose:    One spell in post on a series date, with its cases.
Grain:      one new row
Parameters: @as_of, @worker_id, @team_code, @role, @employment_type, @start_date, @fte, @band, @cases, @holds_cases, @employed_year_ago, @line_manager_id
Metric ids: CASE-*, WF-SPAN (their per-worker facts)
============================================================ */
INSERT INTO worker_day_facts (as_of, worker_id, team_code, role, employment_type, start_date, fte, band, cases, holds_cases, employed_year_ago, line_manager_id)
VALUES (@as_of, @worker_id, @team_code, @role, @employment_type, @start_date, @fte, @band, @cases, @holds_cases, @employed_year_ago, @line_manager_id);
