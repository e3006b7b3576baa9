using System.Net;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Tests.Clinic;
using Marten;

namespace Hubs.Web.Tests.Measures;

/// <summary>
/// Issue 19's findings, as a clinician meets them on the triage queue: every measure screened is a result of its
/// own (not only PHQ-9 and GAD-7), and screening whose brief screens were all negative is not "Not screened".
/// </summary>
public sealed class TriageQueueResultsTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task Screening_with_every_brief_screen_negative_is_shown_as_screened_below_thresholds()
    {
        var journey = await JourneyClient.SubmitAsync(clinic.App.CreateClient());
        await ScreeningWalk.AnswerAsync(
            journey,
            new Dictionary<string, int>
            {
                ["phq9.1"] = 1,
                ["gad7.2"] = 2,
                ["audit.1"] = 3,
            }
        );

        var page = await clinic.As(ClinicFixture.Clinician()).GetAsync("/clinic/triage");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var row = WebUtility.HtmlDecode(ScreeningWalk.RowOf(page.Html, journey.Id));
        Assert.DoesNotContain("Not screened", row, StringComparison.Ordinal);
        Assert.Contains("Screened — brief screens below thresholds", row, StringComparison.Ordinal);
        Assert.Contains(
            "PHQ-2 1 negative screen · GAD-2 2 negative screen · AUDIT-C 3 negative screen",
            row,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Every_measure_screened_is_recorded_sealed_and_shown_on_the_queue_with_its_band()
    {
        await ScreeningWalk.ConfigureAsync(
            clinic.App.Services,
            "south",
            32,
            MeasureId.Pcl5,
            MeasureId.Itq,
            MeasureId.Isi,
            MeasureId.Wsas
        );
        var keyworker = Hubs.Testing.Auth.TestPrincipal.Keyworker();
        var journey = await JourneyClient.SubmitAsync(clinic.App.CreateClient(), Referrals.Valid("south"), keyworker);

        var asked = await ScreeningWalk.AnswerAsync(journey, ScreeningChoices.Positive);

        Assert.Contains("audit", asked);
        var page = await clinic.As(ClinicFixture.Clinician(0, "south")).GetAsync("/clinic/triage");
        var row = WebUtility.HtmlDecode(ScreeningWalk.RowOf(page.Html, journey.Id));
        Assert.DoesNotContain("below thresholds", row, StringComparison.Ordinal);
        const string Expected =
            "PHQ-9 14 moderate · GAD-2 2 negative screen · AUDIT-C 5 positive screen · AUDIT 9 increasing risk · "
            + "PCL-5 32 probable PTSD · ITQ complex PTSD · ISI 15 moderate insomnia · "
            + "WSAS 21 moderately severe impairment or worse";
        Assert.True(row.Contains(Expected, StringComparison.Ordinal), row);

        await using var session = clinic.Store.LightweightSession();
        var results = (await session.Events.FetchStreamAsync(journey.Id))
            .Select(e => e.Data)
            .OfType<MeasureCompleted>()
            .ToList();
        Assert.Equal(
            [
                MeasureId.Phq2,
                MeasureId.Phq9,
                MeasureId.Gad2,
                MeasureId.AuditC,
                MeasureId.Audit,
                MeasureId.Pcl5,
                MeasureId.Itq,
                MeasureId.Isi,
                MeasureId.Wsas,
            ],
            results.Select(r => r.Measure).Order()
        );
        Assert.All(results, r =>
            Assert.Equal((MeasureOccasion.Screening, MeasureGivenBy.Keyworker), (r.Occasion, r.GivenBy))
        );
        var itq = results.Single(r => r.Measure == MeasureId.Itq);
        Assert.Equal(("complex-ptsd", 2), (itq.Band, itq.Answers.Value!["itq.c7"]));
        Assert.Equal(18, itq.Answers.Value.Count);
        Assert.Equal(
            (true, 14),
            (
                results.Single(r => r.Measure == MeasureId.Phq9).AtCaseness,
                results.Single(r => r.Measure == MeasureId.Phq9).Total
            )
        );
        // Sealed at rest: the stored event holds no item id or answer in clear.
        var stored = await session.AdvancedSql.QueryAsync<long>(
            "select count(*) from clinical.mt_events where stream_id = ? and type = 'measure_completed' "
                + "and data::text like '%itq.c7%'",
            CancellationToken.None,
            journey.Id
        );
        Assert.Equal(0, Assert.Single(stored));
    }
}
