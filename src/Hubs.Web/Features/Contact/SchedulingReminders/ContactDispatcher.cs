using Hubs.Web.Features.Journeys.ContactRules;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hubs.Web.Features.Contact.SchedulingReminders;

/// <summary>
/// Every replica polls <c>clinical.contact_schedule</c> for due rows. <c>FOR UPDATE SKIP LOCKED</c> gives each
/// due row to exactly one replica; the lock is held while it is sent and its status written, so a replica
/// dying mid-send leaves the row due for another (at least once, never lost). Due means due by the
/// <see cref="TimeProvider"/>, so tests move time instead of waiting.
/// </summary>
public sealed partial class ContactDispatcher(
    NpgsqlDataSource dataSource,
    IServiceScopeFactory scopes,
    IOptions<ContactOptions> options,
    TimeProvider clock,
    ILogger<ContactDispatcher> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchDueAsync(stoppingToken) > 0) { }
            }
            catch (Exception ex)
                when (!stoppingToken.IsCancellationRequested
                    && ex is NpgsqlException or TimeoutException or InvalidOperationException
                )
            {
                LogPollFailed(logger, ex.GetType().Name);
            }

            await Task.Delay(options.Value.PollInterval, stoppingToken)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <returns>How many due contacts this pass handled.</returns>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var due = await ContactScheduleSql.LockDueAsync(connection, now, options.Value.BatchSize, cancellationToken);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var processor = scope.ServiceProvider.GetRequiredService<DueContactProcessor>();
            foreach (var contact in due)
            {
                var outcome = await processor.ProcessAsync(contact, now, cancellationToken);
                await ContactScheduleSql.RecordAsync(connection, contact.Id, outcome, now, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Looking for due contacts failed ({ErrorType}); trying again next poll"
    )]
    private static partial void LogPollFailed(ILogger logger, string errorType);
}
