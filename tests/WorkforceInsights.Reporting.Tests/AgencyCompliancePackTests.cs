using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkforceInsights.Reporting.Tests;

/// <summary>
/// The pack's agency compliance, in the workforce theme (agency.md, "Where it shows"), on the hand-worked council: on
/// 30 September 2024 its one agency social worker in post (A6, agency since 1 February 2024) started before the rules
/// (31 October 2024) and the day is before they cover everyone (1 October 2025), so every rule is "not applicable".
/// </summary>
public class AgencyCompliancePackTests : ScenarioPackFixture
{
    [Test]
    public void ShouldSayInTheWorkforceThemeHowManyAssignmentsBreachTheRules()
    {
        Assert.That(Section("Workforce stability").WhatWeKnow, Does.Contain(
            "Agency social workers on 30 September 2024: 1; 0 of their assignments breached at least one of the DfE's agency rules, "
            + "and 0 had a rule the HR extract does not record, so it could not be checked."),
            "the headcount is the council's headline total (shown); zeros are never withheld");
    }

    [Test]
    public void ShouldWithholdEachRulesCountOfOneToFour_InTheTable()
    {
        var table = Section("Workforce stability").Tables!.Single();

        Assert.That(table.Headers, Is.EqualTo(new[] { "Rule", "Met", "Breach", "Not recorded", "Not applicable" }));
        // One assignment, not applicable under every rule: 1 is written "<5"; the other parts are 0, so nothing else is withheld.
        Assert.That(table.Rows.Select(r => r.Skip(1)), Is.All.EqualTo(new[] { "0", "0", "0", "<5" }));
        Assert.That(Pack.Sections.Where(s => s.Title != "Workforce stability").Select(s => s.Tables ?? []), Is.All.Empty);
    }

    [Test]
    public void ShouldWriteTheTableIntoTheDocument_UnderItsCaption()
    {
        using var stream = new MemoryStream();
        BriefingPackWriter.Write(Pack, stream);
        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);

        var body = document.MainDocumentPart!.Document.Body!;
        var caption = body.Elements<Paragraph>().Single(p => p.InnerText == $"Table: {AgencyCompliance.Caption}");
        Assert.That(caption.NextSibling<Table>()!.InnerText, Does.Contain("Price cap").And.Contain("<5"));
    }
}
