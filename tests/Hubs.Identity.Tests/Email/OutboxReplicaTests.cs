using Hubs.Identity.Email;
using Hubs.ServiceDefaults.Email;
using Hubs.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Identity.Tests.Email;

/// <summary>
/// Two Identity replicas on one database each run the outbox's sender: every queued email is sent exactly once.
/// </summary>
public sealed class OutboxReplicaTests : IAsyncLifetime
{
    private const int Count = 12;
    private readonly SmtpSink relay = new(TimeSpan.FromMilliseconds(20));
    private readonly List<TestHost<IdentityEntryPoint>> replicas = [];

    public async Task InitializeAsync()
    {
        relay.Start();
        var database = await TestDatabase.CreateAsync();
        for (var replica = 0; replica < 2; replica++)
        {
            var host = new TestHost<IdentityEntryPoint>(
                new Dictionary<string, string?>
                {
                    ["ConnectionStrings:Identity"] = database.Identity,
                    ["Hubs:Schema:AutoCreate"] = "true",
                    ["Email:PickupDirectory"] = string.Empty,
                    ["Email:SmtpHost"] = "127.0.0.1",
                    ["Email:SmtpPort"] = relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["Email:SmtpSecurity"] = "None",
                    ["Logging:JsonFile"] = HubsSettings.NewLogFile("identity-replica"),
                }
            );
            _ = host.Services;
            replicas.Add(host);
        }
    }

    [Fact]
    public async Task Each_queued_email_is_sent_once_by_one_of_two_replicas()
    {
        for (var message = 0; message < Count; message++)
        {
            var outbox = replicas[message % 2].Services.GetRequiredService<EmailOutbox>();
            await outbox.EnqueueAsync(new EmailMessage($"person{message}@example.test", "Outbox test", "Hello."));
        }

        await Poll.UntilAsync(
            () => relay.Messages.Count >= Count,
            "every message at the relay",
            TimeSpan.FromSeconds(60)
        );
        await Task.Delay(TimeSpan.FromSeconds(2));

        var recipients = relay
            .Messages.Select(message =>
                message.Split('\n').Single(line => line.StartsWith("To:", StringComparison.Ordinal)).Trim()
            )
            .ToList();
        Assert.Equal(Count, recipients.Count);
        Assert.Equal(Count, recipients.Distinct().Count());
    }

    public async Task DisposeAsync()
    {
        foreach (var host in replicas)
        {
            await host.DisposeAsync();
        }

        await relay.DisposeAsync();
    }
}
