using WorkforceInsights.Data;
using WorkforceInsights.Import;
using WorkforceInsights.Reporting;
using WorkforceInsights.Web;
using WorkforceInsights.Web.Components;
using WorkforceInsights.Web.Configuration;
using WorkforceInsights.Web.Security;
using WorkforceInsights.Web.Services;

var builder = WebApplication.CreateBuilder(args);
// Sign-in fails closed (access.md): unsafe or missing sign-in settings stop the app here, with one plain line on
// stderr naming the settings to set (no stack trace), before anything else is built or logged.
if (SignInOptionsValidator.Check(builder.Configuration, builder.Environment) is { } signInProblem)
{
    Console.Error.WriteLine(signInProblem);
    return 1;
}

// Static web assets (MudBlazor's _content) are served outside Development too, without publishing.
builder.WebHost.UseStaticWebAssets();
builder.AddData();
builder.AddImport();
builder.AddReporting();
builder.AddWeb();

var app = builder.Build();
app.UseHardening();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous(); // styles, scripts and blazor.web.js: needed by the sign-in page
app.MapHealth();
app.MapSignIn();
var downloads = app.MapGroup(string.Empty).RequireAuthorization(Policies.AnyRole).RequireRateLimiting(Hardening.DownloadsRateLimit);
downloads.MapSeriesDownload();
downloads.MapCaseloadsDownload();
downloads.MapBalancingDownload();
downloads.MapBreakdownDownload();
downloads.MapLeaversByReasonDownload();
downloads.MapPackDownload();
downloads.MapBenchmarksCsv();
downloads.MapChangesDownload();
downloads.MapAgencyDownload();
downloads.MapPlanDownloads();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
return 0;

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
