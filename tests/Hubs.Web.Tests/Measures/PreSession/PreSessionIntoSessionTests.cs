using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Web.Tests.Measures.PreSession;

/// <summary>
/// The keyworker's answers before a session reach the clinician's session form already filled in and marked as
/// theirs; the clinician corrects one, the session records the corrected figure, and the record and the keyworker's
/// own download keep the keyworker's answers beside it. Moves the host's clock, so it is alone in its class.
/// </summary>
public sealed class PreSessionIntoSessionTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task The_session_form_starts_from_the_keyworkers_answers_and_records_the_clinicians_correction()
    {
        var clinician = Staff.Clinician();
        var walk = await PreSessionWalk.BookedAsync(web, clinician);
        var keyworker = walk.SignIn();
        await PreSessionWalk.AnswerAsync(keyworker, walk.Path, PreSessionWalk.Totalling(MeasureId.Phq9, 14));
        await PreSessionWalk.AnswerAsync(keyworker, walk.Path, PreSessionWalk.Totalling(MeasureId.Gad7, 9));
        var journey = await walk.CurrentAsync(web.Client);
        await JourneySteps.RecordAttendanceAsync(journey, clinician, walk.AppointmentId, web.Clock);
        var clinic = new PageClient(
            web.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                .As(clinician.Principal)
        );
        var path = $"/clinic/journeys/{walk.Journey.Id}/sessions/new";

        var form = await clinic.GetAsync(path);

        Assert.Contains("Filled in by the keyworker before the session on", form.Html, StringComparison.Ordinal);
        Assert.Matches("name=\"Phq9Total\"[^>]*value=\"14\"", form.Html);
        Assert.Matches("name=\"Gad7Total\"[^>]*value=\"9\"", form.Html);
        Assert.Matches("name=\"Phq9Item9\"[^>]*value=\"0\" checked", form.Html);
        var recorded = await clinic.PostAsync(
            path,
            form.Html,
            // What the browser sends: the GAD-7 total as filled in, the PHQ-9 total corrected.
            new Dictionary<string, string>
            {
                ["Phq9Total"] = "12",
                ["Gad7Total"] = "9",
                ["RiskReview"] = "Asked; no thoughts of harm.",
            }
        );
        Assert.True(
            recorded.Status == HttpStatusCode.Redirect,
            Regex.Match(recorded.Html, "nhsuk-error-summary.*?</ul>", RegexOptions.Singleline).Value
        );

        var session = Assert.Single((await walk.EventsAsync()).OfType<TreatmentSessionRecorded>());
        Assert.Equal((12, 9, 0), (session.Phq9Total, session.Gad7Total, session.Phq9Item9));
        var record = await clinic.GetAsync($"/clinic/journeys/{walk.Journey.Id}");
        Assert.Contains("Before a session (keyworker)", record.Html, StringComparison.Ordinal);
        var download = await walk.SignIn().GetAsync($"/my/journeys/{walk.Journey.Id}/your-data/json");
        var results = JsonDocument
            .Parse(download.Html)
            .RootElement.GetProperty("results")
            .EnumerateArray()
            .Select(r => (r.GetProperty("occasion").GetString(), r.GetProperty("total").GetInt32()))
            .ToList();
        Assert.Contains(("PreSession", 14), results);
        Assert.Contains(("PreSession", 9), results);
        Assert.Contains(("Session", 12), results);
    }
}
