using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using WorkforceInsights.Web.Security;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Home;

public partial class Home
{
    private HomeViewModel? _model;

    [Inject]
    public required HomeViewModelBuilder Builder { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        // Who asks is decided here, on the server: only a data officer's model holds the import history and the database.
        var user = AuthenticationState is null ? new System.Security.Claims.ClaimsPrincipal() : (await AuthenticationState).User;
        _model = await Builder.BuildAsync(new UserAccess(user).IsIn(Roles.DataOfficer));
    }

    internal static string Format(long value) => value.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));
}
