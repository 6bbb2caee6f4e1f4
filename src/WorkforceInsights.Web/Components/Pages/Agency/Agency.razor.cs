using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Agency;

/// <summary>The Agency page (Leader, HR): the register is worker-level, so each view of it is in the access log.</summary>
public partial class Agency
{
    private AgencyView? _model;

    [Inject]
    public required AgencyViewBuilder Builder { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        _model = await Builder.BuildAsync(Filters.AsOf);
        if (_model.AsOf is not null)
        {
            await LogViewAsync("/agency", _model.Register.Count);
        }
    }
}
