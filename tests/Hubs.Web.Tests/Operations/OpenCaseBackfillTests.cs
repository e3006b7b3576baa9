using Hubs.Web.Features.Journeys.OverseeingHub;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Operations;
using Hubs.Web.Tests.Clinic;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Web.Tests.Operations;

/// <summary>
/// Summaries written before they kept the overview's open-case facts (cleared here with SQL): the overview reads
/// them whole meanwhile and its figures stay right; <c>migrate</c> fills them, two replicas at once included, with
/// the values the summary itself writes, and a second run finds nothing to fill.
/// </summary>
public sealed class OpenCaseBackfillTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private const string Hub = "north";

    [Fact]
    public async Task Migrate_fills_the_open_case_facts_of_summaries_written_before_them()
    {
        await OpenCaseSeed.WriteAsync(clinic, Hub, "south", seed: 24);
        var dataSource = clinic.App.Services.GetRequiredService<NpgsqlDataSource>();
        var schema = clinic.Store.Options.DatabaseSchemaName;
        await using var clear = dataSource.CreateCommand(
            $"UPDATE {schema}.mt_doc_journeysummary SET data = data - 'LastAttendedAt' - 'MissedAppointments'"
        );
        var cleared = await clear.ExecuteNonQueryAsync();
        Assert.True(cleared >= 160);
        var now = clinic.Clock.GetUtcNow();
        await using var session = clinic.Store.QuerySession();
        var open = (await session.Query<JourneySummary>().Where(j => j.HubId == Hub).ToListAsync())
            .Where(j => !j.HasEnded)
            .ToList();

        var before = await OpenJourneys.ReadAsync(session, Hub, default);
        Assert.All(before, j => Assert.IsType<JourneySummary>(j));
        await OpenCaseFigures.AssertAsync(clinic, session, Hub, before, open, now);

        var runs = await Task.WhenAll(
            OpenCaseBackfill.RunAsync(dataSource, schema, default),
            OpenCaseBackfill.RunAsync(dataSource, schema, default)
        );
        Assert.Equal(cleared, runs.Sum(r => r.Filled));
        Assert.Equal(0, (await MigrateCommand.ApplyAsync(clinic.Store, dataSource)).Filled);

        var after = await OpenJourneys.ReadAsync(session, Hub, default);
        Assert.All(after, j => Assert.IsType<OpenCase>(j));
        var whole = open.ToDictionary(j => j.Id);
        Assert.All(after, j =>
        {
            Assert.Equal(whole[j.Id].MissedAppointments, j.MissedAppointments);
            Assert.Equal(whole[j.Id].LastAttendedAt?.ToString("O"), j.LastAttendedAt?.ToString("O"));
        });
        await OpenCaseFigures.AssertAsync(clinic, session, Hub, after, open, now);
    }
}
