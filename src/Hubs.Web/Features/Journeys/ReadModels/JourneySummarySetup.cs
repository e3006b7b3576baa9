using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// The pages' journey read model, inline (a page shown after a write reads it), indexed for the lists that ask by Hub
/// (overview, search), by Hub and status (the overview's open cases: a few thousand of a busy Hub's 50,000) and by
/// keyworker (their own journeys); the Hub and the wait marks in their own columns, the marks carried in the Hub's
/// index, so the overview counts a Hub's waits from the index alone (OverseeingHub/HubWaitCounts.cs; 50,000 table
/// rows read four times took 0.8 s, benchmarks/SCALE.md).
/// </summary>
public static class JourneySummarySetup
{
    private static readonly string[] WaitMarkColumns =
    [
        "waiting_for",
        "submitted_at",
        "assessed_at",
        "first_treatment_at",
        "second_treatment_at",
    ];

    public static void Configure(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Projections.Add<JourneySummaryProjection>(ProjectionLifecycle.Inline);
        options
            .Schema.For<JourneySummary>()
            .Duplicate(j => j.HubId, configure: i => i.IncludeColumns = WaitMarkColumns)
            .Index(j => j.KeyworkerId)
            .Index([j => j.HubId, j => j.Status]);
    }

    /// <summary>
    /// The wait marks' columns, without the index Marten's <c>Duplicate</c> gives each: no query filters or sorts on a
    /// mark (the overview reads them from the Hub's index), and every summary write (a referral's insert, a session's
    /// update) paid for four such indexes (benchmarks/SCALE.md, the write path). Only <c>migrate</c>'s check for
    /// summaries written before the marks had columns asks by one, so that index holds those rows alone (none, once
    /// folded again). Called by Marten as it maps <see cref="JourneySummary"/>, before the options above.
    /// </summary>
    internal static void Columns(DocumentMapping<JourneySummary> mapping)
    {
        mapping.DuplicateField(nameof(JourneySummary.SubmittedAt));
        mapping.DuplicateField(nameof(JourneySummary.AssessedAt));
        mapping.DuplicateField(nameof(JourneySummary.FirstTreatmentAt));
        mapping.DuplicateField(nameof(JourneySummary.SecondTreatmentAt));
        var waiting = mapping.DuplicateField(nameof(JourneySummary.WaitingFor));
        mapping.AddIndex(waiting.ColumnName).Predicate = $"{waiting.ColumnName} is null";
    }
}
