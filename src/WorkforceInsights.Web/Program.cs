using WorkforceInsights.Data;
using WorkforceInsights.Import;
using WorkforceInsights.Web;
using WorkforceInsights.Web.Components;
using WorkforceInsights.Web.Services;

var builder = WebApplication.CreateBuilder(args);
// Static web assets (MudBlazor's _content) are served outside Development too, without publishing.
builder.WebHost.UseStaticWebAssets();
builder.AddData();
builder.AddImport();
builder.AddWeb();

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseAntiforgery();
app.MapStaticAssets();
app.MapSeriesDownload();
app.MapCaseloadsDownload();
app.MapBreakdownDownload();
app.MapLeaversByReasonDownload();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
