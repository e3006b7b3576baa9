using System.Text;
using Hubs.EndToEnd.Tests.Journeys;
using Hubs.Insights;
using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Web;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Publishing;
using Hubs.Web.Testing;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.EndToEnd.Tests.Rebuild;

/// <summary>
/// Web and Insights on their own database, broker vhost and clock, with a mix of whole journeys (treated, risk-managed,
/// referred on, signposted, withdrawn, evaluated), team activities, adverse events, workshops, consultations and
/// outreach in two Hubs driven over HTTP through the live pipeline, and what Insights then held and published: the
/// figures every rebuild must give back exactly.
/// </summary>
public sealed class LiveFiguresFixture : IAsyncLifetime
{
    private TestVirtualHost vhost = null!;

    public TestDatabase Database { get; private set; } = null!;

    public TestHost<WebEntryPoint> Web { get; private set; } = null!;

    public TestHost<InsightsEntryPoint> Insights { get; private set; } = null!;

    public TestClock Clock { get; } = new();

    /// <summary>The text put in every personal field of these journeys.</summary>
    public List<string> Markers { get; } = [];

    public int Milestones { get; private set; }

    public string Live { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        vhost = await TestVirtualHost.CreateAsync();
        Insights = new TestHost<InsightsEntryPoint>(
            HubsSettings.Insights(Database, vhost, HubsSettings.NewLogFile("insights-rebuild"))
        );
        _ = Insights.Services;
        Web = new TestHost<WebEntryPoint>(
            HubsSettings.Web(Database, vhost, HubsSettings.NewLogFile("web-rebuild")),
            clock: Clock
        );
        var journeys = new MarkedJourneys(Web.CreateClient(), Clock);
        for (var n = 0; n < 24; n++)
        {
            var marker = "RB" + Guid.NewGuid().ToString("N")[..12];
            Markers.Add(marker);
            var hub = n % 3 == 0 ? "south" : "north";
            await (
                (n % 8) switch
                {
                    5 => journeys.SignpostedAsync(marker, hub, toDirectory: n % 2 == 1),
                    6 => journeys.WithdrawnAsync(marker, hub),
                    7 => journeys.EvaluatedAsync(marker, n % 5, hub),
                    3 => journeys.RatedTeamActivityAsync(marker, 2 + n, Pages(hub), hub),
                    _ => journeys.TreatedAsync(marker, n, hub, riskManaged: n % 4 == 1, onward: n % 4 == 2),
                }
            );
        }

        // Issue 21's Hub work, in both Hubs (a peer supporter's register entry needs the Hub's clinicians).
        await using (var session = Web.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            // Stored outright: the seed skips a Hub that already has a profile, and earlier journeys made some.
            session.Store([.. ClinicianSeed.For("north"), .. ClinicianSeed.For("south")]);
            await session.SaveChangesAsync();
        }

        foreach (var hub in new[] { "north", "south" })
        {
            var marker = "RB" + Guid.NewGuid().ToString("N")[..12];
            Markers.Add(marker);
            await journeys.AdverseEventAsync(marker, hub);
            var workshop = "RB" + Guid.NewGuid().ToString("N")[..12];
            Markers.Add(workshop);
            await journeys.WorkshopAsync(workshop, hub);
            await journeys.ConsultationAndOutreachAsync(hub);
        }

        Milestones = journeys.Milestones;
        await Poll.UntilAsync(
            async () => await Database.CountAsync("SELECT count(*) FROM insights.processed_messages") == Milestones,
            $"every one of {Milestones} milestones reached Insights live",
            TimeSpan.FromMinutes(3)
        );
        // The rebuild's export stops at the daemon's high-water mark: every test's rebuild reads the whole log.
        await Poll.UntilAsync(
            async () =>
                await Database.CountAsync(
                    "SELECT coalesce((SELECT last_seq_id FROM clinical.mt_event_progression "
                        + "WHERE name = 'HighWaterMark'), 0)"
                ) == await Database.CountAsync("SELECT max(seq_id) FROM clinical.mt_events"),
            "the daemon's high-water mark reached the last event",
            TimeSpan.FromMinutes(1)
        );
        Live = await PublishedFigures.ReadAsync(this);
    }

    /// <summary>
    /// The export's lines after a position (Web's <c>export-milestones</c>), as the text Insights reads.
    /// </summary>
    public async Task<string> ExportAsync(long after)
    {
        using var lines = new MemoryStream();
        await Web.Services.GetRequiredService<MilestoneExport>().RunAsync(after, lines, null, default);
        return Encoding.UTF8.GetString(lines.ToArray());
    }

    /// <summary>The Hub's clinician on the staff pages (opening a team session's rating).</summary>
    private PageClient Pages(string hub) =>
        new(
            Web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                .As(TestPrincipal.Clinician(hub))
        );

    public async Task DisposeAsync()
    {
        await Web.DisposeAsync();
        await Insights.DisposeAsync();
        vhost.Release();
    }
}
