using Hubs.Contracts;
using Hubs.Contracts.Journeys;
using Hubs.Web.Features.Journeys;
using JasperFx.Events;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Maps a journey event to its PII-free contract, or to nothing for events the anonymised side does
/// not need. This is the only place clinical events turn into messages: review every line for
/// personal data.
/// </summary>
public sealed class MilestoneMapper(Pseudonymiser pseudonymiser, CoarseCalendar calendar)
{
    public IJourneyMilestone? Map(IEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return recorded.Data switch
        {
            SelfReferralSubmitted submitted => Map(recorded, submitted),
            _ => null,
        };
    }

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
            submitted.PreviousJourneyId is not null);
    }
}
