using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Measures;

/// <summary>
/// Boundaries that change what screening asks or concludes, answered by a keyworker through the API: AUDIT-C 4
/// asks no AUDIT, 5 does; ITQ complex PTSD against PTSD; PCL-5 either side of the Hub's cut-off.
/// </summary>
public sealed class ScreeningMeasureBandTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Theory]
    [InlineData(2, 1, 1, false, "negative")] // AUDIT-C 4
    [InlineData(2, 2, 1, true, "positive")] // AUDIT-C 5
    public async Task Audit_c_of_5_asks_the_full_audit_and_4_does_not(
        int a1,
        int a2,
        int a3,
        bool auditAsked,
        string band
    )
    {
        var journey = await JourneyClient.SubmitAsync(web.Client);

        var asked = await ScreeningWalk.AnswerAsync(
            journey,
            new Dictionary<string, int>
            {
                ["audit.1"] = a1,
                ["audit.2"] = a2,
                ["audit.3"] = a3,
            }
        );

        Assert.Equal(auditAsked, asked.Contains("audit"));
        var results = await ResultsAsync(journey.Id);
        Assert.Equal((a1 + a2 + a3, band), (results[MeasureId.AuditC].Total, results[MeasureId.AuditC].Band));
        Assert.Equal(auditAsked, results.ContainsKey(MeasureId.Audit));
    }

    [Theory]
    [InlineData(2, "complex-ptsd", 32, "below-cut-off")]
    [InlineData(1, "ptsd", 33, "probable-ptsd")]
    public async Task Itq_and_pcl5_at_screening_are_recorded_with_their_diagnosis_and_band(
        int selfOrganisation,
        string itq,
        int pcl5,
        string pclBand
    )
    {
        await ScreeningWalk.ConfigureAsync(web.Host.Services, "south", 33, MeasureId.Pcl5, MeasureId.Itq);
        var journey = await JourneyClient.SubmitAsync(web.Client, Referrals.Valid("south"));
        var chosen = new Dictionary<string, int>
        {
            ["itq.p2"] = 3,
            ["itq.p4"] = 2,
            ["itq.p6"] = 4,
            ["itq.p8"] = 2,
            ["itq.c2"] = selfOrganisation,
            ["itq.c4"] = 2,
            ["itq.c6"] = 2,
            ["itq.c9"] = 2,
        };
        foreach (var item in Enumerable.Range(1, 20))
        {
            chosen[$"pcl5.{item}"] = item <= pcl5 - 20 ? 2 : 1;
        }

        await ScreeningWalk.AnswerAsync(journey, chosen);

        var results = await ResultsAsync(journey.Id);
        Assert.Equal(itq, results[MeasureId.Itq].Band);
        Assert.Equal((pcl5, pclBand), (results[MeasureId.Pcl5].Total, results[MeasureId.Pcl5].Band));
    }

    private async Task<Dictionary<MeasureId, MeasureCompleted>> ResultsAsync(Guid journeyId)
    {
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamAsync(journeyId))
            .Select(e => e.Data)
            .OfType<MeasureCompleted>()
            .ToDictionary(r => r.Measure);
    }
}
