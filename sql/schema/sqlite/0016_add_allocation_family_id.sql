/* ============================================================
Description: allocations.csv's optional family_id: the household or
             sibling group as the case management system records it;
             null where blank (a family of one). Caseload balancing
             moves the children of one family with one worker together.
             Run once (the journal), since SQLite has no "ADD COLUMN
             IF NOT EXISTS".
Version:     1
Status:      live
Dependencies: 0003
============================================================ */
ALTER TABLE allocations ADD COLUMN family_id TEXT NULL;     -- opaque identifier, up to 64 characters
