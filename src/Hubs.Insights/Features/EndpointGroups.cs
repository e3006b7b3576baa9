using Hubs.Insights.Features.Feeds;
using Hubs.Insights.Features.Referrals;
using Hubs.Insights.Features.Reports;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Insights.Features;

/// <summary>
/// Every Insights endpoint in the group of the policy it needs, one group a policy: machine feed readers (client
/// credentials, scope feeds.read), signed-in commissioners (the dashboards' CSV downloads) and report readers
/// (commissioners and Hub leads). The dashboard pages take their policy by folder (DashboardPagesSetup).
/// </summary>
internal static class EndpointGroups
{
    public static WebApplication MapInsightsEndpoints(this WebApplication app)
    {
        var feedReaders = app.MapGroup("").RequireAuthorization(HubsPolicies.FeedReader);
        var commissioners = app.MapGroup("").RequireAuthorization(HubsPolicies.Commissioner);
        var reportReaders = app.MapGroup("").RequireAuthorization(ReportPolicy.Name);
        feedReaders.MapReferralsFeed();
        feedReaders.MapFeeds();
        commissioners.MapTableDownloads();
        reportReaders.MapQuarterlyReportPdf();
        return app;
    }
}
