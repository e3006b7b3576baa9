using Hubs.Web.Features.Journeys;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// What <see cref="MilestoneMapper"/> reads of a journey's snapshot (<see cref="Journey"/>): its Hub, when it was
/// submitted, its appointments' id, purpose and start in booking order, its onward referrals' ids in the order they
/// were made. Those facts never change once recorded (<see cref="MilestoneContext"/>). The live publisher takes them
/// from the whole snapshot (<see cref="Of"/>); the rebuild's export reads only them
/// (<see cref="JourneyMappingColumns"/>) and keeps them from page to page (<see cref="JourneyMappingCache"/>):
/// a quarter of a whole snapshot's memory, so four times the journeys kept in the same space.
/// </summary>
public sealed record JourneyMapping(
    string HubId,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<AppointmentMapping> Appointments,
    IReadOnlyList<Guid> OnwardReferralIds
)
{
    /// <summary>
    /// The version of the journey's stream when it was read: its last event then. Not mapped; the export lets the
    /// journey go once it has read that event (<see cref="JourneyMappingCache"/>).
    /// </summary>
    public long Version { get; init; }

    public static JourneyMapping Of(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return new(
            journey.HubId,
            journey.SubmittedAt,
            [.. journey.Appointments.Select(a => new AppointmentMapping(a.Id, a.Purpose, a.StartsAt))],
            [.. journey.OnwardReferrals.Select(r => r.Id)]
        )
        {
            Version = journey.Version,
        };
    }

    /// <summary>The appointment's place among the journey's bookings, from 0; -1 when it has none of that id.</summary>
    public int AppointmentIndex(Guid appointmentId)
    {
        for (var i = 0; i < Appointments.Count; i++)
        {
            if (Appointments[i].Id == appointmentId)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The onward referral's place among the journey's, from 0; -1 when it has none of that id.</summary>
    public int OnwardReferralIndex(Guid referralId)
    {
        for (var i = 0; i < OnwardReferralIds.Count; i++)
        {
            if (OnwardReferralIds[i] == referralId)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>An appointment as the mapper reads it: which it is, what for, and when it starts.</summary>
public readonly record struct AppointmentMapping(Guid Id, AppointmentPurpose Purpose, DateTimeOffset StartsAt);
