/* ============================================================
Description: workers.csv's optional agency columns (agency.md): the
             Social Work England number (the same person across staff
             numbers and agency references) and the terms of an agency
             assignment the DfE's agency rules are checked against.
Version:     1
Status:      live
Dependencies: 0002
============================================================ */
IF COL_LENGTH(N'dbo.worker_spells', N'swe_number') IS NULL
ALTER TABLE dbo.worker_spells ADD swe_number nvarchar(64)    COLLATE Latin1_General_100_BIN2 NULL;   -- e.g. SW123456, upper case
GO
IF COL_LENGTH(N'dbo.worker_spells', N'agency_name') IS NULL
ALTER TABLE dbo.worker_spells ADD agency_name nvarchar(200)   NULL;
GO
IF COL_LENGTH(N'dbo.worker_spells', N'agency_job_type') IS NULL
ALTER TABLE dbo.worker_spells ADD agency_job_type nvarchar(32)    NULL;   -- social_worker | senior_social_worker | advanced_practitioner | team_manager | iro_cp_chair; null: from the role
GO
IF COL_LENGTH(N'dbo.worker_spells', N'hourly_rate') IS NULL
ALTER TABLE dbo.worker_spells ADD hourly_rate decimal(9,2)    NULL;   -- pounds an hour, >= 0
GO
IF COL_LENGTH(N'dbo.worker_spells', N'project_team') IS NULL
ALTER TABLE dbo.worker_spells ADD project_team nvarchar(3)     NULL;   -- yes | no
GO
IF COL_LENGTH(N'dbo.worker_spells', N'notice_weeks') IS NULL
ALTER TABLE dbo.worker_spells ADD notice_weeks int             NULL;   -- >= 0
GO
IF COL_LENGTH(N'dbo.worker_spells', N'agency_references') IS NULL
ALTER TABLE dbo.worker_spells ADD agency_references int             NULL;   -- the extract's references column (REFERENCES is reserved in SQL)
GO
IF COL_LENGTH(N'dbo.worker_spells', N'cap_breach_signed_off') IS NULL
ALTER TABLE dbo.worker_spells ADD cap_breach_signed_off date            NULL;
GO
