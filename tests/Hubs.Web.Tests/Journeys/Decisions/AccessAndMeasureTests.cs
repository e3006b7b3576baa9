using Hubs.Web.Features.Audit;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Tests.Journeys.Decisions;

public class AccessAndMeasureTests
{
    private static readonly StaffMember Allocated = new(Given.Clinician, StaffRole.Clinician, "north");
    private static readonly StaffMember Colleague = new(Guid.NewGuid(), StaffRole.Clinician, "north");

    [Fact]
    public void Clinicians_see_their_caseload_and_untriaged_referrals_leads_see_their_hub_nobody_sees_another()
    {
        Assert.Equal(
            ReadPurpose.DirectCare,
            JourneyAccess.Decide(Given.Allocated(), Allocated, null, Given.Now).Purpose
        );
        Assert.Equal(ReadPurpose.Triage, JourneyAccess.Decide(Given.Submitted(), Colleague, null, Given.Now).Purpose);
        Assert.Equal(
            ReadPurpose.HubOversight,
            JourneyAccess
                .Decide(Given.Allocated(), Colleague with { Role = StaffRole.HubLead }, null, Given.Now)
                .Purpose
        );
        Assert.False(JourneyAccess.Decide(Given.Allocated(), Colleague, null, Given.Now).Allowed);
        Assert.False(
            JourneyAccess
                .Decide(
                    Given.Submitted(),
                    Colleague with
                    {
                        Role = StaffRole.HubLead,
                        HubId = "south",
                    },
                    null,
                    Given.Now
                )
                .Allowed
        );
    }

    [Fact]
    public void Break_glass_opens_a_journey_only_while_the_grant_lasts()
    {
        var journey = Given.Allocated();
        var grant = new BreakGlassGrant(
            Guid.NewGuid(),
            journey.Id,
            Colleague.Id,
            "Covering leave",
            Given.Now,
            Given.Now + BreakGlassGrant.Lasts
        );
        var during = JourneyAccess.Decide(journey, Colleague, grant, Given.Now.AddMinutes(59));
        Assert.Equal((true, ReadPurpose.BreakGlass, grant), (during.Allowed, during.Purpose, during.Grant));
        Assert.False(JourneyAccess.Decide(journey, Colleague, grant, Given.Now.AddMinutes(60)).Allowed);
    }

    [Theory]
    [InlineData(15, 9, ReliableChange.Phq9Threshold, Change.ReliableImprovement)]
    [InlineData(15, 10, ReliableChange.Phq9Threshold, Change.None)]
    [InlineData(10, 16, ReliableChange.Phq9Threshold, Change.ReliableDeterioration)]
    [InlineData(12, 8, ReliableChange.Gad7Threshold, Change.ReliableImprovement)]
    [InlineData(12, 9, ReliableChange.Gad7Threshold, Change.None)]
    [InlineData(5, 9, ReliableChange.Gad7Threshold, Change.ReliableDeterioration)]
    public void Reliable_change_is_marked_at_six_on_PHQ9_and_four_on_GAD7(
        int first,
        int score,
        int threshold,
        Change expected
    )
    {
        Assert.Equal(expected, ReliableChange.Mark(first, score, threshold)?.Change);
    }

    [Fact]
    public void A_sealed_value_opens_only_with_its_key_and_its_owner()
    {
        var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var owner = Guid.NewGuid();
        var sealedValue = DataKeyCipher.Seal(key, owner, "marker"u8);
        Assert.Equal("marker"u8.ToArray(), DataKeyCipher.Open(key, owner, sealedValue));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() =>
            DataKeyCipher.Open(key, Guid.NewGuid(), sealedValue)
        );
    }
}
