/* ============================================================
Purpose:    Every referral: the input of the referral metrics.
Grain:      one row per referral (referral_id is checked when the extract loads; no figure depends on it)
Parameters: none
Metric ids: REF-* (REF-NO-ALLOC among them)
============================================================ */
SELECT child_id,
       referral_date,
       source
FROM   referrals
