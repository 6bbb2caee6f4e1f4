/* ============================================================
Purpose:    The hash of the file most recently loaded for an extract kind (an identical file is reported unchanged).
Grain:      one row per loaded file of the kind, newest first (the caller takes the first)
Parameters: @extractKind, @loaded
Metric ids: none (import audit)
============================================================ */
SELECT   sha256
FROM     import_files
WHERE    extract_kind = @extractKind
  AND    outcome = @loaded
ORDER BY file_id DESC;
