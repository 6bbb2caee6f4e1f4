/* ============================================================
Description: The state of the imported data as one row: its extract date
             E (extracts.md, "The extract date"), a data generation that
             every table swap raises in its own transaction (the same
             transaction makes the running import's E the data's E), and the
             generation the stored results were computed from. A refresh
             a crash skipped shows as refreshed_generation below
             data_generation and is made up at the next import or start.
             Starts one generation ahead so existing data is refreshed.
Version:     1
Status:      live
Dependencies: 0005, 0010
============================================================ */
IF OBJECT_ID(N'dbo.data_state', N'U') IS NULL
CREATE TABLE dbo.data_state (
    state_id                int     NOT NULL PRIMARY KEY CHECK (state_id = 1),
    extract_date            date    NULL,
    loading_extract_date    date    NULL,
    data_generation         bigint  NOT NULL,
    refreshed_generation    bigint  NOT NULL
);
GO
INSERT INTO dbo.data_state (state_id, extract_date, loading_extract_date, data_generation, refreshed_generation)
SELECT 1, NULL, NULL, 1, 0
WHERE  NOT EXISTS (SELECT 1 FROM dbo.data_state);
