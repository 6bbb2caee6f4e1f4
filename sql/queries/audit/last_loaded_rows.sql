/* ============================================================
Purpose:    The rows loaded from the last file of a kind that loaded (the shrink guard compares a new file with it).
Grain:      one row per loaded file of the kind, newest first (the caller takes the first)
Parameters: @extractKind, @loaded
Metric ids: none (import audit)
============================================================ */
SELECT   rows_loaded
FROM     import_files
WHERE    extract_kind = @extractKind
  AND    outcome = @loaded
ORDER BY file_id DESC;
