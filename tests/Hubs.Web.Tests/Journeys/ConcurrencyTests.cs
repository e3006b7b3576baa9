using System.Net;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Journeys;

/// <summary>Optimistic concurrency on journey writes: the If-Match version decides, and nothing is lost.</summary>
public class ConcurrencyTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private readonly Staff _lead = Staff.Lead();

    [Fact]
    public async Task Two_clinicians_booking_at_once_one_wins_the_other_gets_409_and_no_event_is_lost()
    {
        // The allocated clinician and the hub lead: both may book on the journey (Features/Journeys/Access).
        var (journey, alex) = await AllocatedJourneyAsync();
        var blake = _lead;
        var version = journey.Version;

        var responses = await Task.WhenAll(
            web.Client.SendAsync(
                alex.Request(HttpMethod.Post, $"/api/journeys/{journey.Id}/appointments", Booking("phone"), version)
            ),
            web.Client.SendAsync(
                blake.Request(HttpMethod.Post, $"/api/journeys/{journey.Id}/appointments", Booking("video"), version)
            )
        );

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", loser.Content.Headers.ContentType?.MediaType);
        Assert.Single(await BookingsAsync(journey.Id));

        // The loser reloads the journey and tries again with the new version: both bookings stand.
        var current = (await journey.GetAsync(_lead)).GetProperty("version").GetInt64();
        var retry = await web.Client.SendAsync(
            alex.Request(
                HttpMethod.Post,
                $"/api/journeys/{journey.Id}/appointments",
                Booking("in-person", day: 4),
                current
            )
        );
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(2, (await BookingsAsync(journey.Id)).Count);
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_409_and_a_missing_one_with_428()
    {
        var journey = await JourneyClient.SubmitAsync(web.Client);
        var clinician = Staff.Clinician();

        var stale = await web.Client.SendAsync(
            clinician.Request(
                HttpMethod.Post,
                $"/api/journeys/{journey.Id}/triage",
                new { outcome = "assess", reason = "x" },
                version: 0
            )
        );
        var missing = await web.Client.SendAsync(
            clinician.Request(
                HttpMethod.Post,
                $"/api/journeys/{journey.Id}/triage",
                new { outcome = "assess", reason = "x" }
            )
        );

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal("submitted", (await journey.GetAsync(_lead)).GetProperty("status").GetString());
    }

    // Each booking its own day: the diary refuses a second appointment for the same client at the same time.
    private static object Booking(string mode, int day = 3) =>
        new
        {
            purpose = "treatment",
            startsAt = DateTimeOffset.UtcNow.AddDays(day),
            durationMinutes = 50,
            mode,
            confirmWarnings = true,
        };

    private async Task<List<AppointmentBooked>> BookingsAsync(Guid journeyId)
    {
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(journeyId);
        return events.Select(e => e.Data).OfType<AppointmentBooked>().ToList();
    }

    private async Task<(JourneyClient Journey, Staff Clinician)> AllocatedJourneyAsync()
    {
        var journey = await JourneyClient.SubmitAsync(web.Client);
        var clinician = Staff.Clinician();
        await journey.OkAsync(clinician, "triage", new { outcome = "assess", reason = "Fits." });
        await journey.OkAsync(
            clinician,
            "assessment",
            new
            {
                intervention = "emdr",
                formulation = "F.",
                agreedPlan = "P.",
                phq9Total = 10,
                gad7Total = 9,
            }
        );
        await journey.OkAsync(_lead, "allocation", new { clinicianId = clinician.Id });
        return (journey, clinician);
    }
}
