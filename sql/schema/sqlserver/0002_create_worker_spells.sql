/* ============================================================
Description: Employment spells from the HR extract (workers.csv).
             One row per worker per team, role and contract type.
Version:     1
Status:      live
Dependencies: 0001
============================================================ */
IF OBJECT_ID(N'dbo.worker_spells', N'U') IS NULL
CREATE TABLE dbo.worker_spells (
    spell_id            bigint          IDENTITY(1,1) NOT NULL PRIMARY KEY,
    worker_id           nvarchar(64)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    display_name        nvarchar(200)   NULL,
    team_code           nvarchar(64)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    role                nvarchar(32)    NOT NULL,       -- canonical role word
    employment_type     nvarchar(16)    NOT NULL,       -- permanent | fixed_term | agency
    fte                 decimal(4,2)    NOT NULL,       -- 0 < fte <= 1
    start_date          date            NOT NULL,
    end_date            date            NULL,           -- inclusive; null while in post
    leaving_reason      nvarchar(32)    NULL,           -- canonical ReasonLeave word
    qualified_date      date            NULL,
    line_manager_id     nvarchar(64)    COLLATE Latin1_General_100_BIN2 NULL,
    source_line         bigint          NOT NULL
);
GO
-- The duplicate-key rule of workers.csv: the same worker, team, role and contract starting the same day.
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ux_worker_spells_key' AND object_id = OBJECT_ID(N'dbo.worker_spells'))
CREATE UNIQUE INDEX ux_worker_spells_key
    ON dbo.worker_spells (worker_id, team_code, role, employment_type, start_date);
