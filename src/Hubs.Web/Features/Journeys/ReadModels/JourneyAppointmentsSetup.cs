using JasperFx.Events.Projections;
using Marten;
using Weasel.Postgresql.Tables;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// The booked appointments read model, inline, with the indexes its queries use: the diary and free slots ask by
/// Hub and clinician (the Hub's index, then a GIN index on the journey's clinicians, in their own column), the
/// booking rules also by Hub and keyworker, the keyworker's pages by id. The clinicians' index holds only journeys
/// with an appointment, so a self-referral writes no entry to it; it replaced a GIN index on the whole document,
/// which every referral and session paid for (benchmarks/SCALE.md, branch writecut).
/// </summary>
public static class JourneyAppointmentsSetup
{
    public static void Configure(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Projections.Add<JourneyAppointmentsProjection>(ProjectionLifecycle.Inline);
        options
            .Schema.For<JourneyAppointments>()
            .Index(j => j.HubId)
            .Index(j => j.KeyworkerId)
            .Duplicate(
                j => j.Clinicians!,
                pgType: "uuid[]",
                configure: index =>
                {
                    index.Method = IndexMethod.gin;
                    index.Predicate = "clinicians is not null";
                }
            );
    }
}
