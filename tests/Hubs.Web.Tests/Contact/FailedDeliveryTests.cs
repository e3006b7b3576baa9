using Hubs.Testing;
using Hubs.Web.Features.Contact.DeliveringMessages;
using Hubs.Web.Features.Contact.SchedulingReminders;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Contact;

/// <summary>
/// A channel that keeps failing: retried, the other channel not sent twice, then recorded as failed for the clinician.
/// </summary>
public sealed class FailedDeliveryTests(ContactWorld world) : IClassFixture<ContactWorld>
{
    [Fact]
    public async Task A_gateway_that_keeps_failing_is_retried_then_shown_as_failed()
    {
        await world.RestartAsync(services => services.AddSingleton<ISmsSender, BrokenGateway>());
        var monday = world.NextMondayMorning();
        var keyworker = await ContactJourney.TriagedAsync(world.Client, ContactJourney.Preferences(["email", "text"]));
        using var message = keyworker.Lead.Request(
            HttpMethod.Post,
            $"/api/journeys/{keyworker.Journey.Id}/messages",
            new { text = "Hello." }
        );
        Assert.True((await world.Client.SendAsync(message)).IsSuccessStatusCode);
        await Dispatch.UntilAsync(
            keyworker,
            d =>
                d.Count == 1
                && d[0].GetProperty("detail").GetString()?.Contains("trying again", StringComparison.Ordinal) == true,
            "the first attempt fails"
        );

        for (var minutes = 1; minutes <= 3; minutes++)
        {
            world.Clock.Set(monday.AddMinutes(minutes * 2));
            await Dispatch.PassAsync(world);
        }

        var failed = await Dispatch.UntilAsync(
            keyworker,
            d => d[0].State() == ContactState.Failed,
            "the notice is recorded as failed"
        );
        Assert.Contains("text", failed[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(["email"], failed[0].GetProperty("sentBy").EnumerateArray().Select(c => c.GetString()));
        Assert.Single(Outbox.EmailsTo(world.Mail, keyworker.Email));
    }

    private sealed class BrokenGateway : ISmsSender
    {
        public Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default) =>
            throw new HttpRequestException("gateway unavailable");
    }
}
