namespace Hubs.Insights.Pages.Shared;

/// <summary>The commissioner dashboards, in the order of the navigation.</summary>
public static class DashboardPages
{
    public static IReadOnlyList<(string Page, string Name)> All { get; } =
    [
        ("/Dashboards/Trends", "Trends"),
        ("/Dashboards/Waits", "Waits"),
        ("/Dashboards/Outcomes", "Outcomes"),
        ("/Dashboards/Equity", "Equity"),
        ("/Dashboards/TeamSupport", "Team-based support"),
        ("/Dashboards/Evaluation", "Experience and work"),
        ("/Method", "How figures are protected"),
    ];

    public static string Href(string page) =>
        page switch
        {
            "/Dashboards/TeamSupport" => "/dashboards/team-support",
            _ => page.ToLowerInvariant(),
        };
}
