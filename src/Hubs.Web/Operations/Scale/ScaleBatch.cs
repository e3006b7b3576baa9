using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.TeamActivities;

namespace Hubs.Web.Operations.Scale;

/// <summary>One new event stream of a batch: its aggregate (for <c>mt_streams.type</c>) and all its events.</summary>
internal sealed record ScaleStream(Guid Id, Type AggregateType, IReadOnlyList<object> Events);

/// <summary>
/// One batch of synthetic journeys, in memory: each journey's stream with all its events, a triage read in the audit
/// log for each triaged journey, and a team activity every fortieth journey — what the seeding writes in one
/// transaction with the checkpoint that counts them.
/// </summary>
internal sealed record ScaleBatch(
    IReadOnlyList<ScaleStream> Streams,
    IReadOnlyList<ReadAuditEntry> Audits,
    int Activities
)
{
    private const int JourneysPerActivity = 40;

    /// <summary>
    /// How many team activities journeys 0 to <paramref name="journeys"/> - 1 bring (one a fortieth).
    /// </summary>
    public static int ActivitiesBefore(int journeys) => (journeys + JourneysPerActivity - 1) / JourneysPerActivity;

    public static ScaleBatch Make(ScalePlan plan, IReadOnlyList<ScaleJourney> journeys, int first, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(journeys);
        var streams = new List<ScaleStream>(journeys.Count + (journeys.Count / JourneysPerActivity) + 1);
        var audits = new List<ReadAuditEntry>(journeys.Count);
        var activities = 0;
        for (var i = 0; i < journeys.Count; i++)
        {
            var journey = journeys[i];
            streams.Add(new ScaleStream(journey.Id, typeof(Journey), journey.Events));
            if (journey.Events.OfType<ReferralTriaged>().FirstOrDefault() is { } triaged)
            {
                audits.Add(
                    new ReadAuditEntry(
                        plan.AuditId(first + i),
                        journey.Id,
                        journey.HubId,
                        triaged.ClinicianId,
                        StaffRole.Clinician,
                        triaged.TriagedAt.AddMinutes(-5),
                        "journey-record",
                        ReadPurpose.Triage,
                        false,
                        null
                    )
                );
            }

            if ((first + i) % JourneysPerActivity == 0)
            {
                activities++;
                streams.Add(Activity(plan.ActivityId(first + i), journey, now));
            }
        }

        return new ScaleBatch(streams, audits, activities);
    }

    private static ScaleStream Activity(Guid id, ScaleJourney journey, DateTimeOffset now)
    {
        var submitted = ((SelfReferralSubmitted)journey.Events[0]).SubmittedAt;
        var starts = submitted.AddDays(14);
        var kind = (TeamActivityKind)((id.GetHashCode() & 0x7fffffff) % Enum.GetValues<TeamActivityKind>().Length);
        var facilitator = journey.Events.OfType<ReferralTriaged>().FirstOrDefault()?.ClinicianId
            ?? Features.Clinicians.ClinicianSeed.IdFor(journey.HubId, 0);
        var planned = new TeamActivityPlanned(
            id,
            journey.HubId,
            kind,
            "Synthetic emergency department team",
            starts,
            90,
            facilitator,
            submitted
        );
        object[] events =
            starts.AddHours(2) <= now
                ? [planned, new TeamActivityHeld(id, starts.AddHours(2), 6 + (id.GetHashCode() & 0x0f))]
                : [planned];
        return new ScaleStream(id, typeof(TeamActivity), events);
    }
}
