using System.Text.Json;
using System.Threading.Channels;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Email;
using Microsoft.AspNetCore.DataProtection;
using Npgsql;

namespace Hubs.Identity.Email;

/// <summary>
/// Identity's email goes through <c>identity.email_outbox</c>, so no request waits on the mail relay and a reset asked
/// for an address with no account costs the same as one for a real account. Rows are sealed with Data Protection:
/// they hold addresses and one-time links. <see cref="EmailOutboxSender"/> empties the table on every replica.
/// </summary>
public sealed class EmailOutbox(NpgsqlDataSource database, IDataProtectionProvider protection)
{
    public const string Message = "message";
    public const string PasswordReset = "password-reset";

    private readonly IDataProtector protector = protection.CreateProtector("Hubs.Identity.EmailOutbox.v1");
    private readonly Channel<bool> added = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite }
    );

    public Task EnqueueAsync(EmailMessage message, CancellationToken cancellationToken = default) =>
        AddAsync(Message, JsonSerializer.Serialize(message), cancellationToken);

    /// <summary>
    /// A reset for whatever account has <paramref name="email"/>, if any; decided by the sender, not the request.
    /// </summary>
    public Task EnqueuePasswordResetAsync(string email, string origin, CancellationToken cancellationToken = default) =>
        AddAsync(PasswordReset, JsonSerializer.Serialize(new PasswordResetRequest(email, origin)), cancellationToken);

    public T Open<T>(string payload) => JsonSerializer.Deserialize<T>(protector.Unprotect(payload))!;

    /// <summary>Wakes this replica's sender at once; other replicas find the row at their next poll.</summary>
    public ValueTask<bool> WaitForNewAsync(CancellationToken cancellationToken) =>
        added.Reader.WaitToReadAsync(cancellationToken);

    public void Consumed() => added.Reader.TryRead(out _);

    private async Task AddAsync(string kind, string json, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            $"INSERT INTO {IdentityDb.Schema}.email_outbox (kind, payload) VALUES ($1, $2)"
        );
        command.Parameters.Add(new() { Value = kind });
        command.Parameters.Add(new() { Value = protector.Protect(json) });
        await command.ExecuteNonQueryAsync(cancellationToken);
        added.Writer.TryWrite(true);
    }
}

/// <summary>
/// Someone asked for a reset of <paramref name="Email"/>'s password on the site at <paramref name="Origin"/>.
/// </summary>
public sealed record PasswordResetRequest(string Email, string Origin);
