using System.Net;
using System.Net.Http.Json;
using Hubs.Testing.Auth;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Journeys;

/// <summary>The version a staff read gives is the stream's, whatever the keyworker did in between.</summary>
public sealed class SnapshotVersionTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Staff_can_write_with_the_version_they_read_after_the_keyworker_changed_contact_preferences()
    {
        var journey = await JourneyClient.SubmitAsync(web.Client);
        await journey.OkAsync(
            null,
            "screening",
            new
            {
                phq9Total = 12,
                gad7Total = 9,
                risk = "none",
                takenBy = "keyworker",
            }
        );
        using var change = new HttpRequestMessage(
            HttpMethod.Post,
            $"/api/keyworker/journeys/{journey.Id}/contact-preferences"
        )
        {
            Content = JsonContent.Create(
                new
                {
                    channels = new[] { "email" },
                    safeTimes = new[] { "weekends" },
                    voicemailOk = false,
                    mayNameHub = false,
                    remindersWanted = true,
                }
            ),
        }.SignedAs(journey.Keyworker);
        change.Headers.TryAddWithoutValidation("If-Match", $"\"{journey.Version}\"");
        Assert.Equal(HttpStatusCode.OK, (await web.Client.SendAsync(change)).StatusCode);
        var clinician = Staff.Clinician();

        var read = await web.Client.SendAsync(clinician.Request(HttpMethod.Get, $"/api/journeys/{journey.Id}"));
        var version = long.Parse(read.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
        var triage = await web.Client.SendAsync(
            clinician.Request(
                HttpMethod.Post,
                $"/api/journeys/{journey.Id}/triage",
                new { outcome = "assess", reason = "Fits the service." },
                version
            )
        );

        Assert.Equal(HttpStatusCode.OK, triage.StatusCode);
    }

    [Fact]
    public async Task An_event_that_does_not_say_which_stream_it_belongs_to_is_refused_at_save()
    {
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Events.StartStream(Guid.NewGuid(), new UnmarkedEvent(Guid.NewGuid()));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => session.SaveChangesAsync());

        Assert.Contains(nameof(UnmarkedEvent), refused.Message, StringComparison.Ordinal);
    }

    private sealed record UnmarkedEvent(Guid JourneyId);
}
