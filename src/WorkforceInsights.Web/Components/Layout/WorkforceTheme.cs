using MudBlazor;

namespace WorkforceInsights.Web.Components.Layout;

/// <summary>
/// The app's one theme. Colours meet WCAG 2.2 AA contrast on white (the council-blue primary is 10.6:1);
/// the focus ring is drawn by site.css on every focusable element, since colour alone is never a signal.
/// </summary>
public static class WorkforceTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b3d6b",
            Secondary = "#1d4ed8",
            AppbarBackground = "#0b3d6b",
            TextPrimary = "#1b1b1b",
            TextSecondary = "#3d3d3d",
            Success = "#14532d",
            Error = "#991b1b",
            DrawerText = "#1b1b1b",
            DrawerBackground = "#f3f6fa",
            ActionDefault = "#3d3d3d",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "Roboto", "Arial", "sans-serif"] },
        },
    };
}
