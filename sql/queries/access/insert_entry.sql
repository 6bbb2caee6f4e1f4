/* ============================================================
Purpose:    Records one view or download of person-level data (access.md, "Access log").
Grain:      one new row
Parameters: @LoggedAt, @UserId, @UserName, @Roles, @Resource, @Filters, @RowsReturned
Metric ids: none (access log)
============================================================ */
INSERT INTO access_log (logged_at, user_id, user_name, roles, resource, filters, rows_returned)
VALUES (@LoggedAt, @UserId, @UserName, @Roles, @Resource, @Filters, @RowsReturned);
