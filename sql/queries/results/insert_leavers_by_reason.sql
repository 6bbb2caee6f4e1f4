/* ============================================================
Purpose:    Leavings in the year to a series date of one group with one reason.
Grain:      one new row
Parameters: @as_of, @dimension, @group_key, @reason, @leavings, @fte
Metric ids: WF-LVR-HC, WF-LVR-FTE (by reason)
============================================================ */
INSERT INTO leavers_by_reason (as_of, dimension, group_key, reason, leavings, fte)
VALUES (@as_of, @dimension, @group_key, @reason, @leavings, @fte);
