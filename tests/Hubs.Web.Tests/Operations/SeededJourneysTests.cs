using System.Globalization;
using System.Net;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Operations.Scale;
using Hubs.Web.Testing;
using JasperFx.Events.Aggregation;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Web.Tests.Operations;

/// <summary>
/// Journeys the seeding writes by its bulk path are, to the application, journeys like any other: the staff pages
/// show them (names unsealed), every inline read model is exactly what Marten's own rebuild of that projection makes
/// from the stored events, and a clinician can write to one with the version they read.
/// </summary>
public class SeededJourneysTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private const int Journeys = 300;

    [Fact]
    public async Task Seeded_journeys_show_on_the_pages_match_a_projection_rebuild_and_take_a_clinicians_write()
    {
        string[] seed = ["seed-scale", "--journeys", $"{Journeys}", "--hubs", "3", "--batch", "70"];
        await WebCommand.RunAsync(web, seed, ScaleRun.ThreeHubs);
        // The Hub of the two the host knows with the most referrals waiting for triage (few: most are years old).
        var (hub, hubJourneys) = (await JourneysAsync())
            .Where(j => j.Journey.HubId is "north" or "south")
            .GroupBy(j => j.Journey.HubId)
            .Select(g => (g.Key, g.ToList()))
            .MaxBy(g => g.Item2.Count(j => ScaleStages.InTriageQueue(j.Journey.Events)));

        var queued = hubJourneys.Where(j => ScaleStages.InTriageQueue(j.Journey.Events)).ToList();
        var triage = await PageAs(TestPrincipal.Clinician(hub)).GetAsync("/clinic/triage");
        Assert.NotEmpty(queued);
        Assert.All(queued, j => Assert.Contains(ScalePeople.NameOf(j.N), triage.Html, StringComparison.Ordinal));

        var (clinician, cases) = hubJourneys
            .Where(j => ScaleStages.OnCaseload(j.Journey.Events))
            .GroupBy(j => j.Journey.Events.OfType<ClinicianAllocated>().Last().ClinicianId)
            .Select(g => (g.Key, g.ToList()))
            .MaxBy(g => g.Item2.Count);
        var asClinician = PageAs(TestPrincipal.Clinician(hub, clinician));
        var caseload = await asClinician.GetAsync("/clinic/caseload");
        Assert.All(cases, j =>
            Assert.Contains($"/clinic/journeys/{j.Journey.Id}", caseload.Html, StringComparison.Ordinal)
        );
        var record = await asClinician.GetAsync($"/clinic/journeys/{cases[0].Journey.Id}");
        Assert.Equal(HttpStatusCode.OK, record.Status);
        Assert.Contains(ScalePeople.NameOf(cases[0].N), record.Html, StringComparison.Ordinal);

        var audit = await PageAs(TestPrincipal.HubLead(hub)).GetAsync("/clinic/audit");
        Assert.All(hubJourneys.Where(j => j.Journey.Events.OfType<ReferralTriaged>().Any()), j =>
            Assert.Contains($"/clinic/journeys/{j.Journey.Id}", audit.Html, StringComparison.Ordinal)
        );

        // Versioned as Marten's inline append stores them (a rebuild stores the version of the last event used).
        foreach (var (_, document) in InlineProjections)
        {
            Assert.Equal(
                0,
                await web.Database.CountAsync(
                    $"SELECT count(*) FROM clinical.{Table(document)} d JOIN clinical.mt_streams s ON s.id = d.id "
                        + "WHERE d.mt_version <> s.version"
                )
            );
        }

        var staff = new Staff(ClinicianSeed.IdFor(hub, 0), "clinician", hub);
        var journey = queued[0].Journey.Id;
        var read = await web.Client.SendAsync(staff.Request(HttpMethod.Get, $"/api/journeys/{journey}"));
        var version = long.Parse(read.Headers.ETag!.Tag.Trim('"'), CultureInfo.InvariantCulture);
        var triaged = await web.Client.SendAsync(
            staff.Request(
                HttpMethod.Post,
                $"/api/journeys/{journey}/triage",
                new { outcome = "assess", reason = "Fits the service." },
                version
            )
        );
        Assert.Equal(HttpStatusCode.OK, triaged.StatusCode);
        await using var session = Store.QuerySession();
        Assert.False((await session.LoadAsync<TriageQueueItem>(journey))!.InQueue);

        var seeded = await InlineReadModelsAsync();
        using (var daemon = await Store.BuildProjectionDaemonAsync())
        {
            foreach (var projection in InlineProjections)
            {
                await daemon.RebuildProjectionAsync(projection.Name, CancellationToken.None);
            }
        }

        Assert.Equal(seeded, await InlineReadModelsAsync());
    }

    private DocumentStore Store => (DocumentStore)web.Host.Services.GetRequiredService<IDocumentStore>();

    private IEnumerable<(string Name, Type Document)> InlineProjections =>
        Store
            .Options.Projections.All.Where(p => p.Lifecycle == ProjectionLifecycle.Inline)
            .Select(p => (p.Name, ((IAggregatorSource<IQuerySession>)p).AggregateType));

    private PageClient PageAs(TestPrincipal who) =>
        new(web.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).As(who));

    private async Task<List<(int N, ScaleJourney Journey)>> JourneysAsync()
    {
        await using var session = Store.QuerySession();
        var checkpoint = (await session.LoadAsync<ScaleCheckpoint>(ScaleCheckpoint.TheRun))!;
        var plan = new ScalePlan(Journeys, ScaleRun.HubIds);
        return [.. Enumerable.Range(0, Journeys).Select(n => (n, ScaleJourney.Make(n, plan, checkpoint.Now)))];
    }

    private static string Table(Type document) => "mt_doc_" + document.Name.ToLowerInvariant();

    /// <summary>Every row of every inline read model's table: id, .NET type and the document itself.</summary>
    private async Task<Dictionary<string, List<string>>> InlineReadModelsAsync()
    {
        var rows = new Dictionary<string, List<string>>();
        await using var connection = new NpgsqlConnection(web.Database.Admin);
        await connection.OpenAsync();
        foreach (var projection in InlineProjections)
        {
            var table = Table(projection.Document);
            await using var command = new NpgsqlCommand(
                $"SELECT concat_ws(' ', id, mt_dotnet_type, data) FROM clinical.{table} ORDER BY id",
                connection
            );
            await using var reader = await command.ExecuteReaderAsync();
            var documents = rows[table] = [];
            while (await reader.ReadAsync())
            {
                documents.Add(reader.GetString(0));
            }
        }

        return rows;
    }
}
