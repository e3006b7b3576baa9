using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.TeamActivities;
using Marten;

namespace Hubs.Web.Operations.Scale;

/// <summary>
/// One batch of synthetic journeys in one session: each stream started with all its events (so the inline snapshot
/// and read models are built by Marten itself, exactly as for live writes), a triage read in the audit log for each
/// triaged journey, a team activity every fortieth journey, and the checkpoint that counts them.
/// </summary>
internal static class ScaleBatch
{
    private const int JourneysPerActivity = 40;

    public static int Write(
        IDocumentSession session,
        ScalePlan plan,
        IReadOnlyList<ScaleJourney> journeys,
        int first,
        DateTimeOffset now
    )
    {
        var activities = 0;
        for (var i = 0; i < journeys.Count; i++)
        {
            var journey = journeys[i];
            session.Events.StartStream<Journey>(journey.Id, journey.Events);
            if (journey.Events.OfType<ReferralTriaged>().FirstOrDefault() is { } triaged)
            {
                session.Store(
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
                StartActivity(session, plan.ActivityId(first + i), journey, now);
            }
        }

        return activities;
    }

    private static void StartActivity(IDocumentSession session, Guid id, ScaleJourney journey, DateTimeOffset now)
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
        ITeamActivityEvent[] events =
            starts.AddHours(2) <= now
                ? [planned, new TeamActivityHeld(id, starts.AddHours(2), 6 + (id.GetHashCode() & 0x0f))]
                : [planned];
        session.Events.StartStream<TeamActivity>(id, events);
    }
}
