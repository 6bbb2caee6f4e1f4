using WorkforceInsights.Data.Loading;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Extracts;

/// <summary>referrals.csv: one row per referral to children's social care, keyed by referral_id.</summary>
public sealed class ReferralsExtract : ExtractDefinition
{
    public override ExtractKind Kind => ExtractKind.Referrals;

    public override string FileName => "referrals.csv";

    public override IReadOnlyList<ExtractColumn> Columns { get; } =
    [
        new("referral_id", true),
        new("child_id", true),
        new("referral_date", true),
        new("source", false),
    ];

    public override ExtractTable Table { get; } = new("referrals", ["referral_id", "child_id", "referral_date", "source", "source_line"], ["referral_id"]);


    // A referral for a child never allocated is allowed: most end with no further action (REF-NO-ALLOC counts them).
    public override void Convert(ExtractRow row, ImportReferences references, TableRow values)
    {
        values["referral_id"] = row.Identifier("referral_id", required: true);
        values["child_id"] = row.Identifier("child_id", required: true);
        var referralDate = row.Date("referral_date", required: true, out var referralIso);
        if (referralDate > references.ExtractDate)
        {
            row.Error("referral_date", referralIso, $"the referral is dated after the extract date {ExtractDate.ToIso(references.ExtractDate!.Value)}: a referral cannot be received in the future");
        }

        values["referral_date"] = referralIso;
        values["source"] = row.Text("source", required: false);
    }
}
