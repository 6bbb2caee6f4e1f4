/* ============================================================
Purpose:    Every allocation of a child to a worker: the input of caseload, children and demand metrics.
Grain:      one row per allocation
Parameters: none
Metric ids: CASE-*, CH-* (with the changes of social worker), DEM-*, DQ-NOT-IN-POST
============================================================ */
SELECT child_id,
       worker_id,
       start_date,
       end_date,
       case_type,
       change_reason
FROM   allocations
