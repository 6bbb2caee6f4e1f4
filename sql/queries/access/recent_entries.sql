/* ============================================================
Purpose:    The access log for data officers, newest first, optionally for one user
            (id or name, exact) and from a date (the caller takes as many as it shows).
Grain:      one row per logged view or download
Parameters: @user (null for everyone), @from (ISO 8601, null for all)
Metric ids: none (access log)
============================================================ */
SELECT   entry_id,
         logged_at,
         user_id,
         user_name,
         roles,
         resource,
         filters,
         rows_returned
FROM     access_log
WHERE    (@user IS NULL OR user_id = @user OR user_name = @user)
  AND    (@from IS NULL OR logged_at >= @from)
ORDER BY entry_id DESC;
