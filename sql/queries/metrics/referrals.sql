/* ============================================================
Purpose:    Every referral: the input of the referral metrics.
Grain:      one row per referral
Parameters: none
Metric ids: REF-* (REF-NO-ALLOC among them)
============================================================ */
SELECT referral_id,
       child_id,
       referral_date,
       source
FROM   referrals
