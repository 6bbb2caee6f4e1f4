using Microsoft.Extensions.Options;
using WorkforceInsights.Data.Queries.Agency;
using WorkforceInsights.Data.State;

namespace WorkforceInsights.Reporting;

/// <summary>Reads the agency rules' inputs as stored, for `wi agency-return`, the Agency page, its downloads and the pack.</summary>
public sealed class AgencyInputsReader(TermedSpellsQuery spells, DataStateStore state, IOptions<AgencyOptions> options)
{
    /// <returns>Null when no extracts have been imported yet.</returns>
    public async Task<AgencyInputs?> ReadAsync(CancellationToken cancellationToken = default)
    {
        if ((await state.ReadAsync(cancellationToken)).ExtractDate is not { } extractDate)
        {
            return null;
        }

        return new AgencyInputs(await spells.RunAsync(cancellationToken), options.Value.ToSettings(), extractDate);
    }
}
