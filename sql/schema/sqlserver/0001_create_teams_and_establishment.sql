/* ============================================================
Description: Teams (teams.csv) and funded posts (establishment.csv).
             Identifiers use a binary collation: extracts.md compares them exactly.
Version:     1
Status:      live
Dependencies: none
============================================================ */
IF OBJECT_ID(N'dbo.teams', N'U') IS NULL
CREATE TABLE dbo.teams (
    team_code       nvarchar(64)    COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    team_name       nvarchar(200)   NOT NULL,
    service_area    nvarchar(200)   NOT NULL,
    locality        nvarchar(200)   NULL,
    source_line     bigint          NOT NULL            -- line of the extract the row came from
);
GO
IF OBJECT_ID(N'dbo.establishment', N'U') IS NULL
CREATE TABLE dbo.establishment (
    team_code           nvarchar(64)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    role                nvarchar(32)    NOT NULL,       -- canonical role word (extracts.md)
    establishment_fte   decimal(7,2)    NOT NULL,
    source_line         bigint          NOT NULL,
    PRIMARY KEY (team_code, role)
);
