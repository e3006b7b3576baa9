using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;

namespace Hubs.Web.Tests.Journeys;

public class SubmitSelfReferralDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 3, 12, 0, TimeSpan.Zero);

    private static SubmitSelfReferral Command(
        AgeBand? ageBand = AgeBand.From25To34,
        string? phone = " 07700 900123 "
    ) =>
        new(
            "north",
            "  Sam  ",
            " sam@example.org ",
            phone,
            null,
            Sector.Police,
            StaffGroup.PoliceOfficer,
            ageBand,
            Sex.Male,
            EthnicityGroup.Black,
            Disability.No,
            " Can't sleep after shifts ",
            true,
            false
        );

    [Fact]
    public void A_referral_starts_the_journey_with_the_time_and_the_hub_given()
    {
        var id = Guid.NewGuid();
        var submitted = SubmitSelfReferralDecision.Decide(Command(), id, Now);
        Assert.Equal(id, submitted.JourneyId);
        Assert.Equal("north", submitted.HubId);
        Assert.Equal(Now, submitted.SubmittedAt);
        Assert.Equal(
            new ReferralProfile(
                Sector.Police,
                StaffGroup.PoliceOfficer,
                AgeBand.From25To34,
                Sex.Male,
                EthnicityGroup.Black,
                Disability.No
            ),
            submitted.Profile
        );
    }

    [Fact]
    public void Personal_details_are_trimmed_and_a_blank_phone_is_no_phone()
    {
        var submitted = SubmitSelfReferralDecision.Decide(Command(phone: "   "), Guid.NewGuid(), Now);
        Assert.Equal(
            new PersonalDetails("Sam", "sam@example.org", null, null, "Can't sleep after shifts"),
            submitted.Person.Value
        );
    }

    [Fact]
    public void An_unanswered_equity_question_is_recorded_as_not_stated()
    {
        var submitted = SubmitSelfReferralDecision.Decide(Command(ageBand: null), Guid.NewGuid(), Now);
        Assert.Equal(AgeBand.NotStated, submitted.Profile.AgeBand);
    }
}
