using CsvHelper.Configuration;

namespace WorkforceInsights.Web.Services;

// The Agency page's CSV downloads: their column names and order live here, once.

/// <summary>
/// A row of agency-register.csv: one assignment in post on the date, with each rule's status and the reason for it.
/// Worker ids only: no names, and no Social Work England number (the return carries that, for the DfE).
/// </summary>
public sealed record AgencyRegisterCsvRow(
    string WorkerId, string JobType, string? AgencyName, string StartDate, string? QualifiedYearsAtStart, string? HourlyRate, string? Cap,
    string Experience, string ExperienceReason, string PriceCap, string PriceCapReason, string Notice, string NoticeReason,
    string References, string ReferencesReason, string CoolOff, string CoolOffReason);

public sealed class AgencyRegisterCsvMap : ClassMap<AgencyRegisterCsvRow>
{
    public AgencyRegisterCsvMap()
    {
        Map(r => r.WorkerId).Name("worker_id");
        Map(r => r.JobType).Name("agency_job_type");
        Map(r => r.AgencyName).Name("agency_name");
        Map(r => r.StartDate).Name("start_date");
        Map(r => r.QualifiedYearsAtStart).Name("pqe_years_at_start");
        Map(r => r.HourlyRate).Name("hourly_rate");
        Map(r => r.Cap).Name("cap");
        Map(r => r.Experience).Name("experience");
        Map(r => r.ExperienceReason).Name("experience_reason");
        Map(r => r.PriceCap).Name("price_cap");
        Map(r => r.PriceCapReason).Name("price_cap_reason");
        Map(r => r.Notice).Name("notice");
        Map(r => r.NoticeReason).Name("notice_reason");
        Map(r => r.References).Name("references");
        Map(r => r.ReferencesReason).Name("references_reason");
        Map(r => r.CoolOff).Name("cool_off");
        Map(r => r.CoolOffReason).Name("cool_off_reason");
    }
}

/// <summary>A row of agency-spend.csv: one month's estimate, withheld where it rests on fewer than five workers.</summary>
public sealed record AgencySpendCsvRow(string Month, string To, string EstimatedSpend, string WorkersCharged, string WorkersWithoutRate);

public sealed class AgencySpendCsvMap : ClassMap<AgencySpendCsvRow>
{
    public AgencySpendCsvMap()
    {
        Map(r => r.Month).Name("month");
        Map(r => r.To).Name("counted_to");
        Map(r => r.EstimatedSpend).Name("estimated_spend_gbp");
        Map(r => r.WorkersCharged).Name("agency_workers_with_rate");
        Map(r => r.WorkersWithoutRate).Name("agency_workers_without_rate");
    }
}
