using Hubs.Contracts.Journeys;
using Hubs.Insights.Consumers;
using Hubs.Insights.Store;
using Hubs.Insights.Tests.Consumers;
using Hubs.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// The treatment figures the dashboards read (<c>insights.journey_treatment</c>), kept by the consumers (messages in
/// any order, some twice, consumed in parallel) and by the rebuild's batches, equal the figures worked out afresh from
/// every appointment and measure row, as the dashboards' query did on each request before.
/// </summary>
public class JourneyTreatmentTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    [Fact]
    public async Task Stored_treatment_figures_equal_the_figures_worked_out_from_every_row()
    {
        var random = new Random(22);
        var (live, rebuilt) = (new List<object>(), new List<object>());
        for (var journey = 0; journey < 80; journey++)
        {
            var contracts = VariedTreatments.Contracts($"varied-{journey}-{Guid.NewGuid():N}", random);
            (journey % 2 == 0 ? live : rebuilt).AddRange(contracts);
        }

        var bus = insights.Host.Services.GetRequiredService<IBus>();
        foreach (var contract in live.OrderBy(_ => random.Next()))
        {
            var id = Guid.NewGuid();
            for (var copy = 0; copy < 1 + random.Next(2); copy++)
            {
                await bus.Publish(contract, contract.GetType(), c => c.MessageId = id);
            }
        }

        var batch = insights.Host.Services.GetRequiredService<MilestoneBatch>();
        foreach (
            var chunk in rebuilt.OrderBy(_ => random.Next()).Select(c => new Milestone(Guid.NewGuid(), c)).Chunk(9)
        )
        {
            await batch.ApplyAsync(chunk, 0, CancellationToken.None);
        }

        // The rebuild's batches mark nothing (their position stands for them); each live message is marked once.
        await Poll.UntilAsync(
            async () =>
                await insights.Database.CountAsync("SELECT count(*) FROM insights.processed_messages") == live.Count,
            $"{live.Count} live messages applied"
        );

        Assert.Equal(0, await DifferencesAsync());
        Assert.True(
            await insights.Database.CountAsync(
                """
                SELECT least(count(second_treatment), count(last_phq9), count(last_gad7), count(*) FILTER (WHERE missed
                    > 0), count(*) FILTER (WHERE offered = 0), count(*) FILTER (WHERE last_phq9 IS NULL
                    AND first_phq9 IS NOT NULL)) FROM insights.journey_treatment
                """
            ) >= 5,
            "The data set has journeys of every kind (second treatments, last scores, misses, none offered, no pair)."
        );
    }

    /// <summary>
    /// A rebuild's batches leave the figures to its tail, which stores every journey's at once from whole tables
    /// (not journey by journey as a consumer does): the same figures, for journeys of every kind.
    /// </summary>
    [Fact]
    public async Task The_rebuilds_tail_stores_the_figures_worked_out_from_every_row()
    {
        var random = new Random(23);
        var contracts = Enumerable
            .Range(0, 120)
            .SelectMany(journey => VariedTreatments.Contracts($"tail-{journey}-{Guid.NewGuid():N}", random))
            .ToList();
        var batch = insights.Host.Services.GetRequiredService<MilestoneBatch>();
        foreach (var chunk in contracts.Select(c => new Milestone(Guid.NewGuid(), c)).Chunk(11))
        {
            await batch.ApplyAsync(MilestoneBatch.Rows(chunk, null), 0, null, refreshTreatment: false, default);
        }

        await batch.RefillCellsAsync(CancellationToken.None);

        Assert.Equal(0, await DifferencesAsync());
        Assert.True(
            await insights.Database.CountAsync(
                "SELECT count(*) FROM insights.journey_treatment WHERE journey_key LIKE 'tail-%'"
            ) >= 100
        );
    }

    /// <summary>
    /// The tail finds a journey's first and last score by version, whatever the scores are: a clinician's result
    /// carries any whole number (the tail packs version and score into one number to compare them).
    /// </summary>
    [Fact]
    public async Task The_rebuilds_tail_keeps_a_clinicians_scores_at_either_end_of_the_whole_numbers()
    {
        var key = $"ends-{Guid.NewGuid():N}";
        object[] contracts =
        [
            WholeJourney.Referral(key),
            Result(key, 2, "phq9", int.MaxValue),
            Result(key, 3, "gad7", -1),
            Result(key, 4, "phq9", int.MinValue),
            Result(key, 5, "gad7", int.MaxValue),
            Result(key, 6, "gad7", int.MinValue),
        ];
        var batch = insights.Host.Services.GetRequiredService<MilestoneBatch>();
        var milestones = contracts.Select(c => new Milestone(Guid.NewGuid(), c)).ToArray();
        await batch.ApplyAsync(MilestoneBatch.Rows(milestones, null), 0, null, refreshTreatment: false, default);

        await batch.RefillCellsAsync(CancellationToken.None);

        Assert.Equal(0, await DifferencesAsync());
        Assert.Equal(
            1,
            await insights.Database.CountAsync(
                $"""
                SELECT count(*) FROM insights.journey_treatment WHERE journey_key = '{key}'
                  AND first_phq9 = {int.MaxValue} AND last_phq9 = {int.MinValue}
                  AND first_gad7 = -1 AND last_gad7 = {int.MinValue}
                """
            )
        );
    }

    private static MeasureResultRecorded Result(string key, long version, string measure, int total) =>
        new(key, "east", version, "2026-W14", "2026-04", measure, "session", "mild", false, total);

    /// <summary>The journeys whose stored figures differ from the figures worked out afresh from their rows.</summary>
    private Task<long> DifferencesAsync() =>
        insights.Database.CountAsync(
            $"""
            WITH keys AS (SELECT journey_key FROM insights.journey_appointments
                UNION SELECT journey_key FROM insights.journey_measures
                UNION SELECT journey_key FROM insights.measure_results),
            computed AS ({JourneyTreatmentSql.Computed}),
            stored AS (SELECT journey_key, {JourneyTreatmentSql.Columns} FROM insights.journey_treatment)
            SELECT count(*) FROM ((TABLE stored EXCEPT TABLE computed)
                UNION ALL (TABLE computed EXCEPT TABLE stored)) d
            """
        );
}
