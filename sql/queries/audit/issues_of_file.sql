/* ============================================================
Purpose:    The errors and warnings of one file, in the order they were found.
Grain:      one row per issue of the file
Parameters: @fileId
Metric ids: none (import audit)
============================================================ */
SELECT   severity,
         line_number,
         column_name,
         value,
         message
FROM     import_issues
WHERE    file_id = @fileId
ORDER BY issue_id;
