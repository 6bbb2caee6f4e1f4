using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Tests.Components;

/// <summary>A bunit context per test with what the app's components need: MudBlazor's services and the chart cache.</summary>
public abstract class ComponentTest
{
    protected BunitContext Context { get; private set; } = null!;

    [SetUp]
    public void CreateContext()
    {
        Context = new BunitContext();
        Context.JSInterop.Mode = JSRuntimeMode.Loose; // MudBlazor's components call their script; nothing here depends on its answers
        Context.Services.AddMudServices();
        Context.Services.AddMemoryCache(o => o.SizeLimit = 100);
        Context.Services.AddSingleton<ChartCache>();
    }

    // MudBlazor's services dispose only asynchronously.
    [TearDown]
    public async Task DisposeContextAsync() => await Context.DisposeAsync();
}
