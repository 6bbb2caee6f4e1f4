using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using WorkforceInsights.Web.Security;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages;

/// <summary>
/// A page whose filters live in the URL, so a link reproduces the view (reporting date, service area, team),
/// and which knows who is asking: access is decided on the server, and views of person-level data are logged.
/// </summary>
public abstract class FilteredPageBase : ComponentBase, IDisposable
{
    private PersistingComponentStateSubscription _persisting;
    private string? _loggedView;

    [SupplyParameterFromQuery(Name = ReportingDate.QueryName)]
    public string? AsOf { get; set; }

    [SupplyParameterFromQuery(Name = "area")]
    public string? Area { get; set; }

    [SupplyParameterFromQuery(Name = "team")]
    public string? Team { get; set; }

    [CascadingParameter]
    public Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    public required AccessLogger AccessLog { get; init; }

    [Inject]
    public required PersistentComponentState PersistentState { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    /// <summary>The case-type filter, on pages that offer one.</summary>
    protected virtual string? CaseTypeFilter => null;

    protected PageFilters Filters => new(ReportingDate.Parse(AsOf), Area, Team, CaseTypeFilter);

    private string LoggedKey => GetType().Name + ".logged-view";

    /// <summary>Who is asking, from the signed-in user (the circuit's, or the request's while prerendering).</summary>
    protected async Task<UserAccess> AccessAsync() =>
        new(AuthenticationState is null ? new System.Security.Claims.ClaimsPrincipal() : (await AuthenticationState).User);

    /// <summary>
    /// Writes the access-log row for a view of person-level data, once per view: the prerendered response and
    /// the live connection that takes it over are one view (the marker travels with the page's persisted state).
    /// </summary>
    protected async Task LogViewAsync(string resource, long rows)
    {
        var view = Navigation.Uri;
        if (view == _loggedView)
        {
            return;
        }

        _loggedView = view;
        var query = new Uri(view).Query.TrimStart('?');
        await AccessLog.RecordAsync((await AccessAsync()).User, resource, query, rows);
    }

    protected override void OnInitialized()
    {
        PersistentState.TryTakeFromJson(LoggedKey, out _loggedView);
        _persisting = PersistentState.RegisterOnPersisting(() =>
        {
            PersistentState.PersistAsJson(LoggedKey, _loggedView);
            return Task.CompletedTask;
        });
    }

    public void Dispose()
    {
        _persisting.Dispose();
        GC.SuppressFinalize(this);
    }
}
