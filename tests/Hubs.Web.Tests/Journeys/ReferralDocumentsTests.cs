using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Tests.Clinic;
using Hubs.Web.Tests.Measures;

namespace Hubs.Web.Tests.Journeys;

/// <summary>
/// A self-referral writes only the read models that hold something at referral (issue 22, the write path): the
/// measure history and the evaluation record begin with the first score and the first evaluation answer, and every
/// page that reads them shows a journey without them as it showed an empty one.
/// </summary>
public sealed class ReferralDocumentsTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task A_referral_writes_no_empty_measure_history_or_evaluation_record()
    {
        var journey = await JourneyClient.SubmitAsync(clinic.App.CreateClient(), Referrals.Valid("north"));

        await using var query = clinic.Store.QuerySession();
        Assert.Null(await query.LoadAsync<MeasureHistory>(journey.Id));
        Assert.Null(await query.LoadAsync<EvaluationRecord>(journey.Id));
        Assert.NotNull(await query.LoadAsync<JourneySummary>(journey.Id));
    }

    [Fact]
    public async Task The_first_scores_and_the_first_coded_themes_begin_them_and_later_ones_add_to_them_or_change_them()
    {
        var clinician = ClinicFixture.Clinician();
        var journey = await Triaged.JourneyAsync(clinic.App.CreateClient(), clinician);
        await journey.OkAsync(clinician, "themes", new { themes = new[] { "burnout" } });
        await journey.OkAsync(clinician, "themes", new { themes = new[] { "moral-injury", "burnout" } });
        await journey.OkAsync(
            clinician,
            "assessment",
            new
            {
                intervention = "cbt",
                formulation = "Worry.",
                agreedPlan = "Six sessions.",
                phq9Total = 13,
                gad7Total = 11,
            }
        );

        await using var query = clinic.Store.QuerySession();
        var history = await query.LoadAsync<MeasureHistory>(journey.Id);
        var points = Assert.IsType<MeasureHistory>(history).Points.Select(p => (p.Phq9, p.Gad7));
        Assert.Equal([(12, 9), (13, 11)], points);
        var record = Assert.IsType<EvaluationRecord>(await query.LoadAsync<EvaluationRecord>(journey.Id));
        Assert.Equal(2, record.Themes.Count);

        var measures = await journey.GetAsync(clinician, "/measures");
        var shown = measures.EnumerateArray().Select(p => p.GetProperty("phq9").GetProperty("score").GetInt32());
        Assert.Equal([12, 13], shown);
    }
}
