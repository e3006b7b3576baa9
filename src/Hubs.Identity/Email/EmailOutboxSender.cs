using Hubs.Identity.Accounts;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Email;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Hubs.Identity.Email;

/// <summary>
/// Sends what <see cref="EmailOutbox"/> holds, one row at a time, each row locked with <c>FOR UPDATE SKIP LOCKED</c>
/// while it is sent, so two replicas never send the same message. A failed send is retried with growing waits and
/// given up after <see cref="MaxAttempts"/>; logs carry the row id only, never an address.
/// </summary>
internal sealed partial class EmailOutboxSender(
    NpgsqlDataSource database,
    EmailOutbox outbox,
    IEmailSender sender,
    IServiceScopeFactory scopes,
    ILogger<EmailOutboxSender> logger
) : BackgroundService
{
    private const int MaxAttempts = 12;
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendNextAsync(stoppingToken)) { }
            }
            catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
            {
                LogOutboxUnavailable(logger, exception.GetType().Name);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(Poll);
            try
            {
                await outbox.WaitForNewAsync(wait.Token);
                outbox.Consumed();
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The poll interval passed: look for rows another replica added.
            }
        }
    }

    private async Task<bool> SendNextAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var next = new NpgsqlCommand(
            $"SELECT id, kind, payload, attempts FROM {IdentityDb.Schema}.email_outbox WHERE next_attempt_at <= now() "
                + "ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED",
            connection,
            transaction
        );
        long id;
        string kind,
            payload;
        int attempts;
        await using (var reader = await next.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return false;
            }

            (id, kind, payload, attempts) = (
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetInt32(3)
            );
        }

        string sql;
        try
        {
            await HandleAsync(kind, payload, cancellationToken);
            sql = $"DELETE FROM {IdentityDb.Schema}.email_outbox WHERE id = $1";
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            LogSendFailed(logger, id, attempts + 1, exception.GetType().Name);
            sql =
                attempts + 1 >= MaxAttempts
                    ? $"DELETE FROM {IdentityDb.Schema}.email_outbox WHERE id = $1"
                    : $"UPDATE {IdentityDb.Schema}.email_outbox SET attempts = attempts + 1, "
                        + "next_attempt_at = now() + least(interval '10 seconds' "
                        + "* power(2, attempts), interval '1 hour') WHERE id = $1";
        }

        await using var done = new NpgsqlCommand(sql, connection, transaction);
        done.Parameters.Add(new() { Value = id });
        await done.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task HandleAsync(string kind, string payload, CancellationToken cancellationToken)
    {
        if (kind == EmailOutbox.Message)
        {
            await sender.SendAsync(outbox.Open<EmailMessage>(payload), cancellationToken);
            return;
        }

        var request = outbox.Open<PasswordResetRequest>(payload);
        await using var scope = scopes.CreateAsyncScope();
        var user = await scope
            .ServiceProvider.GetRequiredService<UserManager<HubsUser>>()
            .FindByEmailAsync(request.Email);
        if (user is { Disabled: false, EmailConfirmed: true })
        {
            await scope
                .ServiceProvider.GetRequiredService<AccountEmails>()
                .SendPasswordResetAsync(user, request.Origin);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email outbox row {Id} not sent (attempt {Attempt}): {Error}")]
    private static partial void LogSendFailed(ILogger logger, long id, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email outbox not reachable: {Error}")]
    private static partial void LogOutboxUnavailable(ILogger logger, string error);
}
