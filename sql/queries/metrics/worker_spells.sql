/* ============================================================
Purpose:    Every employment spell: the input of the workforce and caseload metrics.
Grain:      one row per spell
Parameters: none
Metric ids: WF-*, CASE-*, CH-* (who is a social worker), DQ-*
============================================================ */
SELECT worker_id,
       display_name,
       team_code,
       role,
       employment_type,
       fte,
       start_date,
       end_date,
       leaving_reason,
       qualified_date,
       line_manager_id
FROM   worker_spells
