using Hubs.Testing.Auth;
using Hubs.Web.Tests.Journeys;

namespace Hubs.Web.Tests.Access;

/// <summary>A re-referral naming someone else's journey is answered exactly as one naming no journey at all.</summary>
public sealed class ReReferralEnumerationTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Someone_elses_previous_journey_and_a_random_id_get_the_same_answer()
    {
        var theirs = await JourneyClient.SubmitAsync(web.Client);
        await theirs.OkAsync(null, "withdrawal", new { reason = "Feeling better." });
        var me = TestPrincipal.Keyworker();
        var naming = Referrals.Valid();
        naming["previousJourneyId"] = theirs.Id;
        var random = Referrals.Valid();
        random["previousJourneyId"] = Guid.NewGuid();

        var someoneElses = await web.Client.PostAsKeyworkerAsync("/api/journeys", naming, me);
        var unknown = await web.Client.PostAsKeyworkerAsync("/api/journeys", random, me);

        Assert.Equal(unknown.StatusCode, someoneElses.StatusCode);
        Assert.Equal(await ProblemShape.OfAsync(unknown), await ProblemShape.OfAsync(someoneElses));
    }
}
