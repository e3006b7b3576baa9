using System.Net;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Privacy;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Journeys;

/// <summary>
/// The clinician page's session form writes as the API does: the journey's data key when not cached and the
/// keyworker's answers before the session (which the form's command is built from), then the journey with everything
/// the write needs in one round trip, then the save; the read models the session folds are not loaded again one by
/// one at save. The measures and the record read straight after hold the session.
/// </summary>
public class SessionFormRoundTripTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private readonly Staff _clinician = Staff.Clinician();
    private readonly Staff _lead = Staff.Lead();

    [Fact]
    public async Task The_session_form_reads_the_journey_in_one_round_trip_and_saves_in_one()
    {
        var journey = await JourneySteps.TreatedAsync(web.Client, _clinician, _lead, 14, 12);
        var appointment = await JourneySteps.BookTreatmentAsync(journey, _clinician, web.Clock);
        await JourneySteps.RecordAttendanceAsync(journey, _clinician, appointment, web.Clock);
        var clinic = new PageClient(
            web.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                .As(_clinician.Principal)
        );
        var path = $"/clinic/journeys/{journey.Id}/sessions/new?appointmentId={appointment}";
        var form = await clinic.GetAsync(path);
        // The journey's data key no longer cached (as for most sessions: a week apart): it is read with the journey.
        web.Host.Services.GetRequiredService<KeyworkerKeys>().Forget([journey.Id]);
        using var trips = new RoundTripLog();
        clinic.Http.DefaultRequestHeaders.Add("traceparent", trips.TraceParent);

        var recorded = await clinic.PostAsync(
            path,
            form.Html,
            new Dictionary<string, string>
            {
                ["Phq9Total"] = "9",
                ["Gad7Total"] = "8",
                ["Phq9Item9"] = "0",
                ["RiskReview"] = "Asked; no thoughts of harm.",
                ["Notes"] = "Practised the breathing exercise.",
            }
        );

        Assert.Equal(HttpStatusCode.Redirect, recorded.Status);
        // The journey's data key (not cached), the keyworker's answers (sealed with it), the journey with the grants,
        // settings and read models, the save.
        Assert.True(trips.Count == 4, trips.ToString());
        clinic.Http.DefaultRequestHeaders.Remove("traceparent");
        var measures = await journey.GetAsync(_clinician, "/measures");
        Assert.Contains(measures.EnumerateArray(), p => p.GetProperty("occasion").GetString() == "session");
        var record = await clinic.GetAsync($"/clinic/journeys/{journey.Id}");
        Assert.Contains("Session recorded.", record.Html, StringComparison.Ordinal);
    }
}
