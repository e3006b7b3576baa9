using Hubs.Insights.Store;
using MassTransit;
using Npgsql;

namespace Hubs.Insights.Consumers;

/// <summary>One SQL statement of a milestone's effect, with its positional parameters ($1, $2, …).</summary>
public sealed record Statement(string Sql, params object?[] Values);

public static class MilestoneEffect
{
    /// <summary>
    /// Runs a milestone's statements once per message id, in one transaction with the dedupe mark
    /// (<see cref="ApplyOnce"/>): a redelivered or republished message changes nothing.
    /// </summary>
    public static Task ApplyAsync(this ApplyOnce applyOnce, ConsumeContext context, params Statement[] statements)
    {
        ArgumentNullException.ThrowIfNull(applyOnce);
        ArgumentNullException.ThrowIfNull(context);
        var messageId = context.MessageId ?? throw new InvalidOperationException("Milestones must carry a message id.");
        return applyOnce.RunAsync(
            messageId,
            async (connection, transaction, cancellationToken) =>
            {
                foreach (var statement in statements)
                {
                    await using var command = new NpgsqlCommand(statement.Sql, connection, transaction);
                    foreach (var value in statement.Values)
                    {
                        command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
                    }

                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            },
            context.CancellationToken
        );
    }
}
