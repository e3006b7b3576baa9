using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// Pure decision: a validated referral becomes the journey's first event. A first referral's keyworker
/// is identified by the journey id; a re-referral passes the earlier journey's keyworker. A referral taken by
/// phone names the staff member who took it (its origin's channel is then phone). The personal data
/// is sealed with the journey's own data key, so erasing one journey never touches another.
/// </summary>
public static class SubmitSelfReferralDecision
{
    public static SelfReferralSubmitted Decide(
        SubmitSelfReferral command,
        Guid journeyId,
        DateTimeOffset now,
        Guid? keyworkerId = null,
        Guid? takenByPhone = null
    )
    {
        ArgumentNullException.ThrowIfNull(command);
        var owner = journeyId;
        return new SelfReferralSubmitted(
            journeyId,
            command.HubId,
            now,
            new ReferralProfile(
                command.Sector ?? Sector.Other,
                command.StaffGroup ?? StaffGroup.Other,
                command.AgeBand ?? AgeBand.NotStated,
                command.Sex ?? Sex.NotStated,
                command.EthnicityGroup ?? EthnicityGroup.NotStated,
                command.Disability ?? Disability.NotStated
            ),
            Personal.Of(
                owner,
                new PersonalDetails(
                    command.Name.Trim(),
                    command.Email.Trim(),
                    string.IsNullOrWhiteSpace(command.Phone) ? null : command.Phone.Trim(),
                    string.IsNullOrWhiteSpace(command.Organisation) ? null : command.Organisation.Trim(),
                    command.HelpWith.Trim(),
                    command.DateOfBirth
                )
            ),
            new Consents(command.ConsentToSupport, command.ResearchContact),
            command.PreviousJourneyId,
            command.Contact is null ? null : Personal.Of(owner, command.Contact),
            keyworkerId ?? journeyId,
            command.Support is null ? null : Personal.Of(owner, command.Support),
            new ReferralOrigin(
                command.HeardFrom,
                takenByPhone is null ? ReferralChannel.Online : ReferralChannel.Phone,
                takenByPhone
            )
        );
    }
}
