/* ============================================================
Purpose:    Records what one file of an import run read, loaded and rejected, and how it ended.
Grain:      one row updated
Parameters: @FileId, @Sha256, @Encoding, @RowsRead, @RowsLoaded, @RowsRejected, @ErrorCount, @WarningCount, @Outcome, @Message, @FinishedAt
Metric ids: none (import audit)
============================================================ */
UPDATE import_files
SET    sha256        = @Sha256,
       encoding      = @Encoding,
       rows_read     = @RowsRead,
       rows_loaded   = @RowsLoaded,
       rows_rejected = @RowsRejected,
       error_count   = @ErrorCount,
       warning_count = @WarningCount,
       outcome       = @Outcome,
       message       = @Message,
       finished_at   = @FinishedAt
WHERE  file_id = @FileId;
