/* ============================================================
Purpose:    Clears the stored results a partial refresh recomputes, in the transaction that writes them: every
            series date on or after @from or outside the new series (@first to @latest), the changes of worker
            dated on or after @from, and the basis (rewritten whole).
Grain:      rows of the stored-results tables
Parameters: @from, @first, @latest
Metric ids: all (stored results)
============================================================ */
DELETE FROM metric_snapshots WHERE as_of >= @from OR as_of < @first OR as_of > @latest;
DELETE FROM worker_day_facts WHERE as_of >= @from OR as_of < @first OR as_of > @latest;
DELETE FROM leavers_by_reason WHERE as_of >= @from OR as_of < @first OR as_of > @latest;
DELETE FROM data_quality_findings WHERE as_of >= @from OR as_of < @first OR as_of > @latest;
DELETE FROM worker_changes WHERE change_date >= @from;
DELETE FROM series_basis;
