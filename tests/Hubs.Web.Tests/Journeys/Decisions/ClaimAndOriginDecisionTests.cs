using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Journeys.TakingReferralByPhone;

namespace Hubs.Web.Tests.Journeys.Decisions;

/// <summary>
/// Where a referral came from (the keyworker's answer and the channel), and claiming a referral taken by phone:
/// a code only for such a referral, a claim only once, after which the journey is the claimant's.
/// </summary>
public class ClaimAndOriginDecisionTests
{
    private static readonly Guid Staff = Guid.Parse("0b0e6a52-0000-4000-8000-0000000000f1");
    private static readonly Guid Account = Guid.Parse("0b0e6a52-0000-4000-8000-0000000000f2");

    [Fact]
    public void An_online_referral_records_how_they_heard_of_the_Hub_and_is_nobody_elses_to_claim()
    {
        var submitted = Submit(ReferralSource.OccupationalHealth, takenBy: null);

        Assert.Equal(new ReferralOrigin(ReferralSource.OccupationalHealth, ReferralChannel.Online), submitted.Origin);
        Assert.False(Journey.Create(submitted).AwaitingClaim);
        ClaimDecisions.Issue(Journey.Create(submitted), Staff, Given.Now).Refused("not-awaiting-claim");
        ClaimDecisions.Claim(Journey.Create(submitted), Account, null, Given.Now).Refused("already-claimed");
    }

    [Fact]
    public void A_phone_referral_names_who_took_it_and_waits_for_its_keyworker()
    {
        var submitted = Submit(null, takenBy: Staff);

        Assert.Equal(new ReferralOrigin(null, ReferralChannel.Phone, Staff), submitted.Origin);
        Assert.True(Journey.Create(submitted).AwaitingClaim);
    }

    [Fact]
    public void A_claim_makes_the_journey_the_accounts_once_and_only_once()
    {
        var journey = Journey.Create(Submit(ReferralSource.Gp, takenBy: Staff));
        var issued = ClaimDecisions.Issue(journey, Staff, Given.Now);
        var code = Assert.IsType<JourneyClaimCodeIssued>(Assert.Single(issued.Events));
        Assert.Equal(Given.Now + ClaimCodes.Lifetime, code.ExpiresAt);

        var claimed = journey.After(issued).After(ClaimDecisions.Claim(journey, Account, "sam@example.org", Given.Now));

        Assert.Equal((Account, false), (claimed.KeyworkerId, claimed.AwaitingClaim));
        Assert.Equal(journey.SealedWith, claimed.SealedWith);
        ClaimDecisions.Claim(claimed, Guid.NewGuid(), null, Given.Now).Refused("already-claimed");
        ClaimDecisions.Issue(claimed, Staff, Given.Now).Refused("not-awaiting-claim");
    }

    [Fact]
    public void Codes_are_long_random_and_found_by_hash_whatever_the_case_or_dashes()
    {
        var code = ClaimCodes.NewCode();

        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$", code);
        Assert.NotEqual(code, ClaimCodes.NewCode());
        Assert.Equal(ClaimCodes.HashOf(code), ClaimCodes.HashOf(code.ToLowerInvariant().Replace("-", " ")));
        Assert.DoesNotContain(code.Replace("-", ""), ClaimCodes.HashOf(code), StringComparison.OrdinalIgnoreCase);
        Assert.Null(ClaimCodes.HashOf("1234"));
        Assert.Null(ClaimCodes.HashOf(null));
    }

    private static SelfReferralSubmitted Submit(ReferralSource? heardFrom, Guid? takenBy) =>
        SubmitSelfReferralDecision.Decide(
            new SubmitSelfReferral(
                "north",
                "Sam",
                "",
                "07700 900123",
                null,
                Sector.Police,
                StaffGroup.PoliceOfficer,
                AgeBand.From35To44,
                Sex.Male,
                EthnicityGroup.White,
                Disability.No,
                "Shifts.",
                true,
                false,
                HeardFrom: heardFrom
            ),
            Guid.NewGuid(),
            Given.Now,
            Guid.NewGuid(),
            takenBy
        );
}
