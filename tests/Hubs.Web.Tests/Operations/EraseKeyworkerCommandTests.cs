using Hubs.Web.Features.Privacy;
using Hubs.Web.Tests.Journeys;

namespace Hubs.Web.Tests.Operations;

/// <summary>The operator's erasure command, run as a separate process against the real database.</summary>
public class EraseKeyworkerCommandTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Erasing_by_journey_destroys_the_key_records_who_and_why_and_a_second_run_changes_nothing()
    {
        var marker = "Er" + Guid.NewGuid().ToString("N")[..10];
        var journey = await JourneyClient.SubmitAsync(web.Client, Referrals.Valid(marker: marker));
        var keyworkerId = await PrivacyRecords.KeyworkerOfAsync(web, journey.Id);
        string[] erase =
        [
            "erase-keyworker",
            "--journey",
            journey.Id.ToString(),
            "--by",
            "Duty operator",
            "--reference",
            "DPO-2026-17",
        ];

        var printed = await WebCommand.RunAsync(web, erase);
        PrivacyRecords.ForgetCachedKeys(web);

        Assert.Contains(
            $"Destroyed the data key of keyworker {keyworkerId} (1 journeys)",
            printed,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain(marker, printed, StringComparison.Ordinal);
        Assert.Equal(0, await PrivacyRecords.KeysHeldAsync(web, keyworkerId));
        var detail = await journey.GetAsync(Staff.Lead());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, detail.GetProperty("person").ValueKind);
        Assert.Equal(
            ("submitted", "personal-data-shredded"),
            (
                detail.GetProperty("status").GetString(),
                detail.GetProperty("timeline").EnumerateArray().Last().GetProperty("event").GetString()
            )
        );
        var record = Assert.Single(await PrivacyRecords.DestructionsAsync(web, keyworkerId));
        Assert.Equal(
            (ShreddingGround.KeptWithoutNeed, "Duty operator", "DPO-2026-17"),
            (record.Ground, record.RequestedBy, record.Reference)
        );
        Assert.Equal([journey.Id], record.JourneyIds);

        var again = await WebCommand.RunAsync(
            web,
            ["erase-keyworker", keyworkerId.ToString(), "--by", "Duty operator"]
        );

        Assert.Contains("nothing done", again, StringComparison.Ordinal);
        Assert.Single(await PrivacyRecords.DestructionsAsync(web, keyworkerId));
    }

    [Theory]
    [InlineData("--journey", "9c1f0e5e-0000-4000-8000-000000000000", "--by", "Duty operator")]
    [InlineData("--journey", "not-a-guid", "--by", "Duty operator")]
    [InlineData("9c1f0e5e-0000-4000-8000-000000000000", "--ground", "because", "--by", "Duty operator")]
    [InlineData("9c1f0e5e-0000-4000-8000-000000000000", "--ground", "kept-without-need")]
    public async Task Without_a_known_journey_a_valid_ground_and_who_runs_it_nothing_is_destroyed(
        params string[] arguments
    )
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            WebCommand.RunAsync(web, ["erase-keyworker", .. arguments])
        );
        Assert.Contains("exited 2", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Usage: erase-keyworker", failure.Message, StringComparison.Ordinal);
    }
}
