using System.Net;
using System.Text.Json;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Tests.Clinic;
using Hubs.Web.Tests.Questionnaires;

namespace Hubs.Web.Tests.Measures;

/// <summary>
/// Every result, screened or given later by a clinician, on the journey record (latest, history, a chart with the
/// band thresholds) and in the keyworker's own data download.
/// </summary>
public sealed class RecordAndDownloadTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task The_record_and_the_keyworkers_download_hold_every_result()
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
        var keyworker = TestPrincipal.Keyworker();
        var journey = await JourneyClient.SubmitAsync(clinic.App.CreateClient(), Referrals.Valid("south"), keyworker);
        await ScreeningWalk.AnswerAsync(journey, ScreeningChoices.Positive);
        var clinician = ClinicFixture.Clinician(0, "south");
        await journey.OkAsync(clinician, "triage", new { outcome = "assess", reason = "Fits the service." });
        await journey.OkAsync(
            clinician,
            "measures",
            new
            {
                measure = "isi",
                occasion = "review",
                answers = Answers.Totalling(MeasureId.Isi, 22),
            }
        );

        var record = await clinic.As(clinician).GetAsync($"/clinic/journeys/{journey.Id}");

        Assert.Equal(HttpStatusCode.OK, record.Status);
        var html = WebUtility.HtmlDecode(record.Html);
        var isi = html[html.IndexOf("id=\"result-isi\"", StringComparison.Ordinal)..];
        isi = isi[..isi.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Contains("Latest: <strong>22, Severe insomnia</strong> (review", isi, StringComparison.Ordinal);
        Assert.Contains("Moderate insomnia 15+", isi, StringComparison.Ordinal); // a threshold line on the chart
        Assert.True(
            isi.IndexOf(">Screening<", StringComparison.Ordinal) < isi.IndexOf(">Review<", StringComparison.Ordinal),
            isi
        );
        Assert.Contains("Probable PTSD 32+", html, StringComparison.Ordinal); // at this Hub's cut-off
        Assert.Contains("Complex PTSD", html, StringComparison.Ordinal);
        Assert.Contains("9, Increasing risk", html, StringComparison.Ordinal);
        Assert.Contains("5, Positive screen", html, StringComparison.Ordinal); // AUDIT-C

        var download = await clinic.As(keyworker).GetAsync($"/my/journeys/{journey.Id}/your-data/json");

        Assert.Equal(HttpStatusCode.OK, download.Status);
        var results = JsonDocument
            .Parse(download.Html)
            .RootElement.GetProperty("results")
            .EnumerateArray()
            .Select(r =>
                (
                    Q: r.GetProperty("questionnaire").GetString(),
                    O: r.GetProperty("occasion").GetString(),
                    T: r.GetProperty("total").GetInt32(),
                    R: r.GetProperty("result").GetString()
                )
            )
            .ToList();
        Assert.Contains(("ITQ", "Screening", 16, "Complex PTSD"), results);
        Assert.Contains(("ISI", "Review", 22, "Severe insomnia"), results);
        Assert.Contains(("AUDIT-C", "Screening", 5, "Positive screen"), results);
        Assert.Equal(10, results.Count);
    }

    [Fact]
    public async Task A_clinician_gives_a_measure_through_the_form_errors_beside_the_question_and_answers_kept()
    {
        var journey = await JourneyClient.SubmitAsync(clinic.App.CreateClient());
        var clinician = ClinicFixture.Clinician();
        await JourneySteps.TriageAsync(journey, clinician);
        var me = clinic.As(clinician);
        var form = $"/clinic/journeys/{journey.Id}/measures/wsas";
        var answers = new Dictionary<string, string>
        {
            ["Occasion"] = "Assessment",
            ["Answers.wsas.1"] = "4",
            ["Answers.wsas.2"] = "6",
            ["Answers.wsas.3"] = "2",
            ["Answers.wsas.4"] = "8",
        };

        var missing = await me.SubmitAsync(form, answers);

        Assert.Equal(HttpStatusCode.OK, missing.Status);
        Assert.True(missing.HasErrorFor("Answers.wsas.5"), missing.Html);
        Assert.Contains("value=\"8\" checked", missing.Html, StringComparison.Ordinal);
        answers["Answers.wsas.5"] = "1";
        var saved = await me.SubmitAsync(form, answers);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var record = WebUtility.HtmlDecode((await me.GetAsync($"/clinic/journeys/{journey.Id}")).Html);
        Assert.Contains(
            "Latest: <strong>21, Moderately severe impairment or worse</strong> (assessment",
            record,
            StringComparison.Ordinal
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await me.GetAsync($"/clinic/journeys/{journey.Id}/measures/not-a-measure")).Status
        );
    }
}
