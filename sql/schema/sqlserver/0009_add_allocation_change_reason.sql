/* ============================================================
Description: allocations.csv's optional change_reason (SSDA903 SW_REASON):
             why the worker took over from the child's previous social
             worker; null where not recorded.
Version:     1
Status:      live
Dependencies: 0003
============================================================ */
IF COL_LENGTH(N'dbo.allocations', N'change_reason') IS NULL
ALTER TABLE dbo.allocations ADD change_reason nvarchar(8) NULL;
