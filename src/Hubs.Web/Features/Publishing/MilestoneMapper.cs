using Hubs.Contracts.Journeys;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.TeamActivities;
using JasperFx.Events;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Maps a journey or team-activity event to its PII-free contract, or to nothing for events the
/// anonymised side does not need (risk re-raised, answers, shredding). This is
/// the only place clinical events turn into messages: review every line for personal data. No
/// <c>Personal&lt;…&gt;</c> value, identifier, exact date, signposting destination or team name is read here.
/// </summary>
public sealed partial class MilestoneMapper(Pseudonymiser pseudonymiser, CoarseCalendar calendar)
{
    /// <returns>The contract, or null when the event has none or its stream's snapshot is missing.</returns>
    public object? Map(IEvent recorded, MilestoneContext context)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(context);
        return recorded.Data switch
        {
            // One list (MappedEvents): the rebuild's export reads exactly the events the live run may publish.
            var data when !MappedEvents.Contains(data) => null,
            SelfReferralSubmitted submitted => Map(recorded, submitted),
            var team when TeamMilestones.Types.Contains(team) => context.Activities.TryGetValue(
                recorded.StreamId,
                out var activity
            )
                ? MapActivity(recorded, activity)
                : null,
            var group when GroupMilestones.Types.Contains(group) => context.Series.TryGetValue(
                recorded.StreamId,
                out var series
            )
                ? MapGroup(recorded, series)
                : null,
            var work when HubWorkSnapshots.TypeOf(work) is not null => context.HubWork.TryGetValue(
                recorded.StreamId,
                out var snapshot
            )
                ? MapHubWork(recorded, snapshot)
                : null,
            _ => context.Journeys.TryGetValue(recorded.StreamId, out var journey)
                ? MapJourney(recorded, journey)
                : null,
        };
    }

    private object? MapHubWork(IEvent recorded, object snapshot) =>
        snapshot switch
        {
            AdverseEvents.AdverseEvent adverse => MapAdverseEvent(recorded, adverse),
            Workshops.Workshop workshop => MapWorkshop(recorded, workshop),
            Consultations.Consultation consultation => MapConsultation(recorded, consultation),
            Outreach.OutreachContact outreach => MapOutreach(recorded, outreach),
            _ => null,
        };

    private ReferralSubmitted Map(IEvent recorded, SelfReferralSubmitted submitted)
    {
        var (week, month) = calendar.Of(submitted.SubmittedAt);
        var profile = submitted.Profile;
        return new ReferralSubmitted(
            pseudonymiser.JourneyKey(recorded.StreamId),
            submitted.HubId,
            recorded.Version,
            week,
            month,
            CategoryCodes.Code(profile.Sector),
            CategoryCodes.Code(profile.StaffGroup),
            CategoryCodes.Code(profile.AgeBand),
            CategoryCodes.Code(profile.Sex),
            CategoryCodes.Code(profile.EthnicityGroup),
            CategoryCodes.Code(profile.Disability),
            submitted.PreviousJourneyId is not null,
            ReferralOriginCodes.HeardFrom(submitted.Origin),
            ReferralOriginCodes.Channel(submitted.Origin)
        );
    }
}

/// <summary>The referral itself: its coarse profile and where it came from.</summary>
internal static class ReferralMilestones
{
    public static readonly EventTypes Types = new(typeof(SelfReferralSubmitted));
}
