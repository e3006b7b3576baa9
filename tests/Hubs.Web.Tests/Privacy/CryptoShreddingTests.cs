using System.Net;
using Hubs.Web.Tests.Journeys;
using Hubs.Web.Tests.Operations;

namespace Hubs.Web.Tests.Privacy;

/// <summary>
/// Destroying a keyworker's data key leaves no trace of their personal data anywhere in the database.
/// </summary>
public class CryptoShreddingTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task After_key_destruction_a_full_dump_holds_none_of_the_personal_data_but_the_facts_remain()
    {
        var marker = "Mk" + Guid.NewGuid().ToString("N")[..12];
        var (clinician, lead) = (Staff.Clinician(), Staff.Lead());
        var journey = await JourneyClient.SubmitAsync(web.Client, Referrals.Valid(marker: marker));
        await journey.OkAsync(
            null,
            "screening",
            new
            {
                phq9Total = 16,
                gad7Total = 14,
                risk = "none",
                takenBy = "keyworker",
            }
        );
        await journey.OkAsync(clinician, "triage", new { outcome = "assess", reason = $"Reason {marker}" });
        await journey.OkAsync(
            clinician,
            "assessment",
            new
            {
                intervention = "cbt",
                formulation = $"Formulation {marker}",
                agreedPlan = $"Plan {marker}",
                phq9Total = 15,
                gad7Total = 13,
            }
        );
        var before = await journey.GetAsync(lead);
        Assert.Equal($"Name{marker}", before.GetProperty("person").GetProperty("name").GetString());
        Assert.DoesNotContain(marker, await DumpAsync());

        var shred = await web.Client.SendAsync(
            lead.Request(HttpMethod.Post, $"/api/journeys/{journey.Id}/shredding", new { ground = "retention-expired" })
        );

        Assert.Equal(HttpStatusCode.NoContent, shred.StatusCode);
        var dump = await DumpAsync();
        Assert.Contains(journey.Id.ToString(), dump);
        Assert.Contains("assessment_completed", dump);
        Assert.DoesNotContain(marker, dump);
        var after = await journey.GetAsync(lead);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, after.GetProperty("person").ValueKind);
        Assert.Equal("assessed", after.GetProperty("status").GetString());
        Assert.DoesNotContain(after.GetProperty("timeline").EnumerateArray(), e =>
            e.GetProperty("note").ToString().Contains(marker)
        );
        Assert.Equal(
            "personal-data-shredded",
            after.GetProperty("timeline").EnumerateArray().Last().GetProperty("event").GetString()
        );
        var record = Assert.Single(
            await PrivacyRecords.DestructionsAsync(web, await PrivacyRecords.KeyworkerOfAsync(web, journey.Id))
        );
        Assert.Equal(
            (Hubs.Web.Features.Privacy.ShreddingGround.RetentionExpired, $"hub-lead {lead.Id}"),
            (record.Ground, record.RequestedBy)
        );
        Assert.Equal([journey.Id], record.JourneyIds);
        var measures = (await journey.GetAsync(lead, "/measures")).EnumerateArray().ToList();
        Assert.Equal([16, 15], measures.Select(p => p.GetProperty("phq9").GetProperty("score").GetInt32()));
        Assert.DoesNotContain(marker, await File.ReadAllTextAsync(web.LogFile));
    }

    private Task<string> DumpAsync() => DatabaseDump.OfAsync(web);
}
