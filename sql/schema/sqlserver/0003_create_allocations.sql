/* ============================================================
Description: Allocations of children's cases to workers (allocations.csv).
Version:     1
Status:      live
Dependencies: 0002
============================================================ */
IF OBJECT_ID(N'dbo.allocations', N'U') IS NULL
CREATE TABLE dbo.allocations (
    allocation_id   bigint          IDENTITY(1,1) NOT NULL PRIMARY KEY,
    child_id        nvarchar(64)    COLLATE Latin1_General_100_BIN2 NOT NULL,   -- pseudonymous child identifier
    worker_id       nvarchar(64)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    start_date      date            NOT NULL,
    end_date        date            NULL,           -- inclusive; null while allocated
    case_type       nvarchar(8)     NOT NULL,       -- CIN | CP | CLA | CL
    source_line     bigint          NOT NULL
);
