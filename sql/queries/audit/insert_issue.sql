/* ============================================================
Purpose:    Records one error or warning of a file (file, line, column, value, message).
Grain:      one new row per issue
Parameters: @FileId, @Severity, @LineNumber, @ColumnName, @Value, @Message
Metric ids: none (import audit)
============================================================ */
INSERT INTO import_issues (file_id, severity, line_number, column_name, value, message)
VALUES (@FileId, @Severity, @LineNumber, @ColumnName, @Value, @Message);
