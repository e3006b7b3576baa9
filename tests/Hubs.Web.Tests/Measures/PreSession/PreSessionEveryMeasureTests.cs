using System.Net;
using System.Text.RegularExpressions;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Tests.HubSettings;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Web.Tests.Measures.PreSession;

/// <summary>
/// Every questionnaire the Hub asks before a session, not only PHQ-9 and GAD-7, reaches the clinician's session
/// form filled in with the keyworker's total and band; the clinician corrects one and the session records, for each,
/// the result the clinician confirmed (given by the clinician, at the session) beside the keyworker's own.
/// Moves the host's clock, so it is alone in its class.
/// </summary>
public sealed class PreSessionEveryMeasureTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task The_session_form_shows_the_Hubs_chosen_questionnaires_and_records_the_clinicians_correction()
    {
        var clinician = Staff.Clinician();
        var admin = SessionMeasuresForm.Admin(web.Host);
        Assert.Equal(HttpStatusCode.Redirect, (await SessionMeasuresForm.SaveAsync(admin, "Isi", "Wsas")).Status);
        var walk = await PreSessionWalk.BookedAsync(web, clinician);
        var keyworker = walk.SignIn();
        await PreSessionWalk.AnswerAsync(keyworker, walk.Path, PreSessionWalk.Totalling(MeasureId.Isi, 16));
        await PreSessionWalk.AnswerAsync(keyworker, walk.Path, PreSessionWalk.Totalling(MeasureId.Wsas, 12));
        var journey = await walk.CurrentAsync(web.Client);
        await JourneySteps.RecordAttendanceAsync(journey, clinician, walk.AppointmentId, web.Clock);
        var clinic = new PageClient(
            web.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                .As(clinician.Principal)
        );
        var path = $"/clinic/journeys/{walk.Journey.Id}/sessions/new";

        var form = await clinic.GetAsync(path);

        Assert.Matches("ISI[^<]*16[^<]*Moderate insomnia", form.Html);
        Assert.Matches("WSAS[^<]*12[^<]*Significant impairment", form.Html);
        Assert.Matches("name=\"IsiTotal\"[^>]*value=\"16\"", form.Html);
        Assert.Matches("name=\"WsasTotal\"[^>]*value=\"12\"", form.Html);
        // What the browser sends: WSAS as filled in, ISI corrected with the keyworker at the session (a slip first).
        Dictionary<string, string> Sent(string isi) =>
            new()
            {
                ["Phq9Total"] = "12",
                ["Gad7Total"] = "9",
                ["Phq9Item9"] = "0",
                ["IsiTotal"] = isi,
                ["WsasTotal"] = "12",
                ["RiskReview"] = "Asked; no thoughts of harm.",
            };
        var slip = await clinic.PostAsync(path, form.Html, Sent("41"));
        Assert.Equal(HttpStatusCode.OK, slip.Status);
        Assert.True(slip.HasErrorFor("IsiTotal"), slip.Html);
        Assert.Contains("The ISI total is between 0 and 28.", slip.Html, StringComparison.Ordinal);
        Assert.DoesNotContain((await walk.EventsAsync()), e => e is TreatmentSessionRecorded);
        var recorded = await clinic.PostAsync(path, slip.Html, Sent("14"));
        Assert.True(
            recorded.Status == HttpStatusCode.Redirect,
            Regex.Match(recorded.Html, "nhsuk-error-summary.*?</ul>", RegexOptions.Singleline).Value
        );

        var results = (await walk.EventsAsync()).OfType<MeasureCompleted>().ToList();
        var confirmed = results
            .Where(r => r.Occasion == MeasureOccasion.Session)
            .Select(r => (r.Measure, r.Total, r.Band, r.GivenBy, r.ClinicianId))
            .ToList();
        Assert.Equal(
            [
                (MeasureId.Isi, 14, "subthreshold", MeasureGivenBy.Clinician, (Guid?)clinician.Id),
                (MeasureId.Wsas, 12, "significant", MeasureGivenBy.Clinician, (Guid?)clinician.Id),
            ],
            confirmed
        );
        Assert.Contains(results, r => (r.Occasion, r.Total) == (MeasureOccasion.PreSession, 16));
        var record = await clinic.GetAsync($"/clinic/journeys/{walk.Journey.Id}");
        Assert.Contains("Subthreshold insomnia", record.Html, StringComparison.Ordinal);
    }
}
