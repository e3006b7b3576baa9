using Hubs.Testing.Auth;

namespace Hubs.Benchmarks.Scale;

internal sealed record Caller(TestPrincipal Principal, string Audience);

/// <summary>
/// Every page, API list and Insights table issue 22 names, for the busiest Hub, with who asks for it.
/// </summary>
internal static class ScalePages
{
    private const string Year = "FY2025-26";
    private static readonly string[] Feeds = ["trends", "waits", "open-waits", "outcomes", "attendance", "equity"];

    public static IEnumerable<(string Name, Uri Host, Caller Who, string Path)> All(
        ScaleStack stack,
        string hub,
        BusiestHub pick
    )
    {
        var clinician = new Caller(TestPrincipal.Clinician(hub, pick.Clinician), "hubs-web");
        var lead = new Caller(TestPrincipal.HubLead(hub), "hubs-web");
        var commissioner = new Caller(TestPrincipal.Commissioner(hub), "hubs-insights");
        var feed = new Caller(new TestPrincipal(Guid.NewGuid(), [], [hub], ["feeds.read"]), "hubs-insights");
        var web = stack.Web.Uri;
        var insights = stack.Insights.Uri;
        return
        [
            ("triage queue page", web, clinician, "/clinic/triage"),
            ("triage queue API", web, clinician, $"/api/triage?hubId={hub}"),
            ("caseload page", web, clinician, "/clinic/caseload"),
            ("caseload API", web, clinician, $"/api/caseload?clinicianId={pick.Clinician}"),
            ("waiting list API", web, lead, $"/api/waiting-list?hubId={hub}"),
            ("waiting list API, a page", web, lead, $"/api/waiting-list?hubId={hub}&page=1&pageSize=100"),
            ("caseload page 2", web, clinician, "/clinic/caseload?caseloadPage=2"),
            ("journey record page", web, clinician, $"/clinic/journeys/{pick.Record}"),
            ("hub overview page", web, lead, "/clinic/hub"),
            ("audit view page", web, lead, "/clinic/audit"),
            ("dashboards: team support", insights, commissioner, "/dashboards/team-support"),
            ("dashboards: waits", insights, commissioner, "/dashboards/waits"),
            ("dashboards: outcomes", insights, commissioner, "/dashboards/outcomes"),
            ("dashboards: equity", insights, commissioner, "/dashboards/equity"),
            ("dashboards: trends", insights, commissioner, "/dashboards/trends"),
            .. Feeds.Select(t => ($"feed: {t}", insights, feed, $"/api/v2/feeds/{t}?hub={hub}&period={Year}")),
        ];
    }
}
