using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Web.Features.Codes;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.ReferringOn;
using Hubs.Web.Tests.Clinic;

namespace Hubs.Web.Tests.Journeys;

/// <summary>
/// A self-referral writes only the read models that hold something at referral (issue 22, the write path): the
/// measure history and the evaluation record begin with the first score and the first evaluation answer, the onward
/// record and the caseload entry with the first event they fold (triage, assessment), and each is then what it was
/// when it began at referral.
/// </summary>
public sealed class ReferralDocumentsTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task A_referral_writes_no_empty_measure_history_evaluation_record_caseload_entry_or_onward_record()
    {
        var journey = await JourneyClient.SubmitAsync(clinic.App.CreateClient(), Referrals.Valid("north"));

        await using var query = clinic.Store.QuerySession();
        Assert.Null(await query.LoadAsync<MeasureHistory>(journey.Id));
        Assert.Null(await query.LoadAsync<EvaluationRecord>(journey.Id));
        Assert.Null(await query.LoadAsync<CaseloadEntry>(journey.Id));
        Assert.Null(await query.LoadAsync<OnwardRecord>(journey.Id));
        Assert.NotNull(await query.LoadAsync<JourneySummary>(journey.Id));
    }

    [Fact]
    public async Task Triage_begins_the_onward_record_and_allocation_puts_the_journey_on_the_caseload_as_before()
    {
        var clinician = ClinicFixture.Clinician();
        var lead = ClinicFixture.Lead();
        var journey = await JourneySteps.AllocatedAsync(clinic.App.CreateClient(), clinician, lead);

        await using var query = clinic.Store.QuerySession();
        var summary = Assert.IsType<JourneySummary>(await query.LoadAsync<JourneySummary>(journey.Id));
        var onward = Assert.IsType<OnwardRecord>(await query.LoadAsync<OnwardRecord>(journey.Id));
        Assert.Equal(
            ("north", summary.SubmittedAt, clinician.Id, InterventionType.Cbt, false),
            (onward.HubId, onward.SubmittedAt, onward.ClinicianId, onward.Intervention, onward.Ended)
        );
        var entry = Assert.IsType<CaseloadEntry>(await query.LoadAsync<CaseloadEntry>(journey.Id));
        Assert.Equal(
            ("north", summary.SubmittedAt, clinician.Id, true, 13),
            (entry.HubId, entry.SubmittedAt, entry.ClinicianId, entry.Active, entry.LastPhq9)
        );
        using var response = await clinic
            .App.CreateClient()
            .SendAsync(clinician.Request(HttpMethod.Get, $"/api/caseload?clinicianId={clinician.Id}"));
        var caseload = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(caseload.EnumerateArray(), e => e.GetProperty("id").GetGuid() == journey.Id);
    }

    [Fact]
    public async Task A_journey_found_not_suitable_at_triage_has_an_ended_onward_record_and_no_caseload_entry()
    {
        var clinician = ClinicFixture.Clinician();
        var journey = await JourneyClient.SubmitAsync(clinic.App.CreateClient(), Referrals.Valid("north"));
        await JourneySteps.ScreenAsync(journey, (4, 3, "clinician-by-phone"));
        await journey.OkAsync(
            clinician,
            "triage",
            new { outcome = "not-suitable", reason = "Not what the Hub offers." }
        );

        await using var query = clinic.Store.QuerySession();
        Assert.True((await query.LoadAsync<OnwardRecord>(journey.Id))?.Ended);
        Assert.Null(await query.LoadAsync<CaseloadEntry>(journey.Id));
    }

    [Fact]
    public async Task The_first_scores_and_the_first_coded_themes_begin_them_and_later_ones_add_to_them_or_change_them()
    {
        var clinician = ClinicFixture.Clinician();
        var journey = await JourneySteps.AllocatedAsync(clinic.App.CreateClient(), clinician, ClinicFixture.Lead());
        await journey.OkAsync(clinician, "themes", new { themes = new[] { "burnout" } });
        await journey.OkAsync(clinician, "themes", new { themes = new[] { "moral-injury", "burnout" } });

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
