using System.Globalization;
using Hubs.Web.Features.Journeys.OverseeingHub;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.ReferringOn;
using Hubs.Web.Operations;
using Hubs.Web.Tests.Clinic;
using Hubs.Web.Tests.Measures;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Web.Tests.Operations;

/// <summary>
/// A database upgraded from a version without the booked-appointments read model: its journeys have no row there
/// (the diary, free slots, the journey pages and the keyworker's pages would show nothing for them) until
/// <c>migrate</c> builds it.
/// </summary>
public sealed class MigrateBuildsNewReadModelsTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task Migrate_builds_the_appointments_read_model_for_journeys_written_before_it_existed()
    {
        var journey = await JourneyClient.SubmitAsync(clinic.App.CreateClient());
        var written = await LoadAsync(journey.Id);
        Assert.NotNull(written);
        await using (var session = clinic.Store.LightweightSession())
        {
            session.DeleteWhere<JourneyAppointments>(_ => true);
            await session.SaveChangesAsync();
        }

        var before = await LoadAsync(journey.Id);
        Assert.Null(before);

        await MigrateCommand.ApplyAsync(clinic.Store, clinic.App.Services.GetRequiredService<NpgsqlDataSource>());

        var built = await LoadAsync(journey.Id);
        Assert.NotNull(built);
        Assert.Equal(written.HubId, built.HubId);
        Assert.Equal(written.KeyworkerId, built.KeyworkerId);
    }

    [Fact]
    public async Task Migrate_builds_the_journey_summary_the_pages_read_for_journeys_written_before_it_existed()
    {
        var journey = await JourneyClient.SubmitAsync(clinic.App.CreateClient());
        await using (var session = clinic.Store.LightweightSession())
        {
            session.DeleteWhere<JourneySummary>(_ => true);
            await session.SaveChangesAsync();
        }

        await MigrateCommand.ApplyAsync(clinic.Store, clinic.App.Services.GetRequiredService<NpgsqlDataSource>());

        await using var query = clinic.Store.QuerySession();
        var built = await query.LoadAsync<JourneySummary>(journey.Id);
        Assert.NotNull(built);
        Assert.Equal(global::Hubs.Web.Features.Codes.JourneyStatus.Submitted, built.Status);
    }

    [Fact]
    public async Task Migrate_builds_the_onward_and_evaluation_records_for_journeys_written_before_they_existed()
    {
        var clinician = ClinicFixture.Clinician();
        var journey = await Triaged.JourneyAsync(clinic.App.CreateClient(), clinician);
        await journey.OkAsync(clinician, "themes", new { themes = new[] { "burnout" } });
        await using (var session = clinic.Store.LightweightSession())
        {
            session.DeleteWhere<OnwardRecord>(_ => true);
            session.DeleteWhere<EvaluationRecord>(_ => true);
            await session.SaveChangesAsync();
        }

        await MigrateCommand.ApplyAsync(clinic.Store, clinic.App.Services.GetRequiredService<NpgsqlDataSource>());

        await using var query = clinic.Store.QuerySession();
        var onward = await query.LoadAsync<OnwardRecord>(journey.Id);
        Assert.Equal(("north", 0), (onward?.HubId, onward?.OpenCount));
        Assert.Single((await query.LoadAsync<EvaluationRecord>(journey.Id))?.Themes ?? []);
    }

    [Fact]
    public async Task Migrate_fills_the_wait_marks_of_summaries_written_before_they_had_their_own_columns()
    {
        var journey = await JourneyClient.SubmitAsync(clinic.App.CreateClient());
        var dataSource = clinic.App.Services.GetRequiredService<NpgsqlDataSource>();
        await using (
            var clear = dataSource.CreateCommand("UPDATE clinical.mt_doc_journeysummary SET waiting_for = NULL")
        )
        {
            await clear.ExecuteNonQueryAsync();
        }

        await MigrateCommand.ApplyAsync(clinic.Store, dataSource);

        await using var read = dataSource.CreateCommand(
            "SELECT waiting_for FROM clinical.mt_doc_journeysummary WHERE id = $1"
        );
        read.Parameters.Add(new NpgsqlParameter { Value = journey.Id });
        var stage = Convert.ToInt32(await read.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        Assert.Equal((int)WaitStage.Triage, stage);
    }

    [Fact]
    public async Task Migrate_fills_the_hub_column_the_overview_counts_waits_by_for_summaries_written_before_it()
    {
        var journey = await JourneyClient.SubmitAsync(clinic.App.CreateClient());
        var dataSource = clinic.App.Services.GetRequiredService<NpgsqlDataSource>();
        await using (
            var clear = dataSource.CreateCommand(
                "UPDATE clinical.mt_doc_journeysummary SET hub_id = NULL WHERE id = $1"
            )
        )
        {
            clear.Parameters.Add(new NpgsqlParameter { Value = journey.Id });
            await clear.ExecuteNonQueryAsync();
        }

        var before = await WaitingForTriageAsync();
        await MigrateCommand.ApplyAsync(clinic.Store, dataSource);

        Assert.Equal(before + 1, await WaitingForTriageAsync());
    }

    private async Task<int> WaitingForTriageAsync()
    {
        await using var session = clinic.Store.QuerySession();
        var waits = await HubWaitCounts.ReadAsync(
            session,
            "north",
            DateOnly.FromDateTime(DateTime.UtcNow),
            "UTC",
            CancellationToken.None
        );
        return waits.Open.Single(w => w.Stage == HubWaits.ForTriage).People;
    }

    private async Task<JourneyAppointments?> LoadAsync(Guid id)
    {
        await using var session = clinic.Store.QuerySession();
        return await session.LoadAsync<JourneyAppointments>(id);
    }
}
