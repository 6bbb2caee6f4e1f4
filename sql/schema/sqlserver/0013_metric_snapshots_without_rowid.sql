/* ============================================================
Description: SQLite's 0013 makes the stored metric series a WITHOUT
             ROWID table, so its rows live in the primary key's
             b-tree (#12). SQL Server's metric_snapshots already keeps
             its rows in its clustered primary key (0006): nothing to
             change. The script exists so both engines' journals list
             the same scripts.
Version:     1
Status:      live
Dependencies: 0006
============================================================ */
