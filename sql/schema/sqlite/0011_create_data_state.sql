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
CREATE TABLE IF NOT EXISTS data_state (
    state_id                INTEGER NOT NULL PRIMARY KEY CHECK (state_id = 1),
    extract_date            TEXT    NULL,      -- E of the data last loaded, yyyy-MM-dd
    loading_extract_date    TEXT    NULL,      -- E of the import now running: a table swap makes it extract_date
    data_generation         INTEGER NOT NULL,
    refreshed_generation    INTEGER NOT NULL
);

INSERT INTO data_state (state_id, extract_date, loading_extract_date, data_generation, refreshed_generation)
SELECT 1, NULL, NULL, 1, 0
WHERE  NOT EXISTS (SELECT 1 FROM data_state);
