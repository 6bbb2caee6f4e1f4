/* ============================================================
Purpose:    The allocations caseload balancing reads for a date D and
            a scope: every allocation started by D of every child with
            an allocation open on D to a worker in post on D in a team
            of the scope (their history gives the relationship start
            and the social workers in the year; allocations to workers
            outside the scope show a case is shared).
Grain:      one row per allocation
Parameters: @asOf (yyyy-MM-dd); @anyTeam (1: every team, the council),
            @teamCodes (the teams of the scope)
Metric ids: none (balancing.md)
============================================================ */
SELECT a.child_id,
       a.worker_id,
       a.start_date,
       a.end_date,
       a.case_type,
       a.family_id                                  -- null: a family of one
FROM   allocations AS a
WHERE  a.start_date <= @asOf
  AND  a.child_id IN (
           SELECT o.child_id
           FROM   allocations AS o
           JOIN   worker_spells AS s
             ON   s.worker_id = o.worker_id
           WHERE  o.start_date <= @asOf
             AND  (o.end_date IS NULL OR o.end_date >= @asOf)
             AND  s.start_date <= @asOf
             AND  (s.end_date IS NULL OR s.end_date >= @asOf)
             AND  (@anyTeam = 1 OR s.team_code IN @teamCodes))
