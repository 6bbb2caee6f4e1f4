/* ============================================================
Description: Referrals to children's social care (referrals.csv).
Version:     1
Status:      live
Dependencies: none
============================================================ */
IF OBJECT_ID(N'dbo.referrals', N'U') IS NULL
CREATE TABLE dbo.referrals (
    referral_id     nvarchar(64)    COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    child_id        nvarchar(64)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    referral_date   date            NOT NULL,
    source          nvarchar(200)   NULL,
    source_line     bigint          NOT NULL
);
