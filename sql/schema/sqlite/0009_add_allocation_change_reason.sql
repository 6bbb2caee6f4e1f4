/* ============================================================
Description: allocations.csv's optional change_reason (SSDA903 SW_REASON):
             why the worker took over from the child's previous social
             worker; null where not recorded. Run once (the journal), since
             SQLite has no "ADD COLUMN IF NOT EXISTS".
Version:     1
Status:      live
Dependencies: 0003
============================================================ */
ALTER TABLE allocations ADD COLUMN change_reason TEXT NULL;     -- MANAGE | FCONTA | LEFTRL | ORGRST | TSPROC | ABSENC | CHCHAN | PCCHAN | SWDIED | OTHERS
