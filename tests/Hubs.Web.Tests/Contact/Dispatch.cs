using System.Text.Json;
using Hubs.Testing;
using Hubs.Web.Features.Contact.SchedulingReminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hubs.Web.Tests.Contact;

/// <summary>Waiting for the contact side to catch up, without sleeping.</summary>
public static class Dispatch
{
    /// <summary>One full pass of the running host's dispatcher (the background loop runs as well).</summary>
    public static Task<int> PassAsync(ContactWorld world) =>
        world
            .Host!.Services.GetServices<IHostedService>()
            .OfType<ContactDispatcher>()
            .Single()
            .DispatchDueAsync(CancellationToken.None);

    public static async Task<List<JsonElement>> UntilAsync(
        ContactJourney journey,
        Func<List<JsonElement>, bool> condition,
        string what
    )
    {
        List<JsonElement> deliveries = [];
        await Poll.UntilAsync(async () => condition(deliveries = await journey.DeliveriesAsync()), what);
        return deliveries;
    }

    public static string State(this JsonElement delivery) => delivery.GetProperty("state").GetString()!;

    public static DateTimeOffset DueAt(this JsonElement delivery) => delivery.GetProperty("dueAt").GetDateTimeOffset();

    public static bool AreAll(this List<JsonElement> deliveries, int count, string state) =>
        deliveries.Count == count && deliveries.TrueForAll(d => d.State() == state);
}
