/* ============================================================
Description: allocations.csv's optional family_id: the household or
             sibling group as the case management system records it;
             null where blank (a family of one). Caseload balancing
             moves the children of one family with one worker together.
Version:     1
Status:      live
Dependencies: 0003
============================================================ */
IF COL_LENGTH(N'dbo.allocations', N'family_id') IS NULL
ALTER TABLE dbo.allocations ADD family_id nvarchar(64) COLLATE Latin1_General_100_BIN2 NULL;
