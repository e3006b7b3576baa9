using Hubs.Web.Features.Privacy;
using Hubs.Web.Tests.Journeys;

namespace Hubs.Web.Tests.Operations;

/// <summary>
/// The retention run as a separate process against the real database, with the period set to zero years
/// so that care ended a moment ago is due (the 20-year default is covered by RetentionRuleTests).
/// </summary>
public class RetentionCommandTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private static readonly Dictionary<string, string> ZeroYears = new()
    {
        ["Privacy__Retention__YearsAfterCareEnds"] = "0",
    };

    [Fact]
    public async Task Only_keyworkers_whose_every_journey_ended_long_enough_ago_lose_their_key_after_a_dry_run()
    {
        var clinician = Staff.Clinician();
        var ended = await ClosedAtTriageAsync(clinician);
        var first = await ClosedAtTriageAsync(clinician);
        var referredAgain = await JourneyClient.SubmitAsync(
            web.Client,
            new(Referrals.Valid()) { ["previousJourneyId"] = first.Id },
            first.Keyworker
        );
        var open = await JourneyClient.SubmitAsync(web.Client);

        var defaultPeriod = await WebCommand.RunAsync(web, ["retention", "--dry-run"]);
        var dryRun = await WebCommand.RunAsync(web, ["retention", "--dry-run"], ZeroYears);

        Assert.Contains("4 journeys examined; 0 keyworkers due", defaultPeriod, StringComparison.Ordinal);
        Assert.Contains("4 journeys examined; 1 keyworkers due", dryRun, StringComparison.Ordinal);
        Assert.Equal(1, await PrivacyRecords.KeysHeldAsync(web, await PrivacyRecords.KeyworkerOfAsync(web, ended.Id)));

        var run = await WebCommand.RunAsync(
            web,
            ["retention", "--by", "Records manager", "--reference", "RET-2026"],
            ZeroYears
        );
        PrivacyRecords.ForgetCachedKeys(web);

        Assert.Contains("1 data keys destroyed", run, StringComparison.Ordinal);
        var lead = Staff.Lead();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await ended.GetAsync(lead)).GetProperty("person").ValueKind);
        Assert.Equal(
            System.Text.Json.JsonValueKind.Object,
            (await referredAgain.GetAsync(lead)).GetProperty("person").ValueKind
        );
        Assert.Equal(
            System.Text.Json.JsonValueKind.Object,
            (await open.GetAsync(lead)).GetProperty("person").ValueKind
        );
        var record = Assert.Single(
            await PrivacyRecords.DestructionsAsync(web, await PrivacyRecords.KeyworkerOfAsync(web, ended.Id))
        );
        Assert.Equal(
            (ShreddingGround.RetentionExpired, "Records manager", "RET-2026"),
            (record.Ground, record.RequestedBy, record.Reference)
        );
        Assert.Contains(
            "0 keyworkers due",
            await WebCommand.RunAsync(web, ["retention", "--by", "Records manager"], ZeroYears),
            StringComparison.Ordinal
        );
    }

    private async Task<JourneyClient> ClosedAtTriageAsync(Staff clinician)
    {
        var journey = await JourneyClient.SubmitAsync(web.Client);
        await journey.OkAsync(clinician, "triage", new { outcome = "not-suitable", reason = "Needs a crisis team." });
        return journey;
    }
}
