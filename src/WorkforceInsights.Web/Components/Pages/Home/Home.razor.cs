using System.Globalization;
using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Home;

public partial class Home
{
    private HomeViewModel? _model;

    [Inject]
    public required HomeViewModelBuilder Builder { get; init; }

    protected override async Task OnInitializedAsync() => _model = await Builder.BuildAsync();

    internal static string Format(long value) => value.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));
}
