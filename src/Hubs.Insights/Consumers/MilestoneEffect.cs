using Hubs.Contracts;
using Hubs.Insights.Store;
using MassTransit;
using Npgsql;

namespace Hubs.Insights.Consumers;

/// <summary>
/// One row's INSERT (<c>VALUES ($1, …, $n)</c> followed by its <c>ON CONFLICT</c> rule) and how many of its leading
/// values are the row's conflict key: enough to apply many such rows in one statement exactly as one by one.
/// </summary>
public sealed record RowSql(string Text, int KeyLength)
{
    /// <summary>
    /// For a row of <c>insights.journey_facts</c>: its columns and rule, so that the rebuild can merge a batch's rows
    /// of one journey into one (<see cref="JourneyFactsMerge"/>); null for every other table.
    /// </summary>
    public JourneyFactsColumns? Facts { get; init; }
}

/// <summary>One row of a milestone's effect, with its positional parameters ($1, $2, …).</summary>
public sealed record Statement(RowSql Sql, params object?[] Values);

/// <summary>
/// A milestone consumer's effect as data: the rows its contract writes. The live consumer runs them for one message
/// (<see cref="MilestoneEffect.ApplyAsync"/>), the rebuild for thousands at once (<see cref="MilestoneBatch"/>): one
/// definition of what a milestone does, whichever path applies it.
/// </summary>
public interface IMilestoneEffect<in TContract>
{
    static abstract Statement[] Effect(TContract message);
}

/// <summary>
/// The live path of a milestone consumer (<typeparamref name="TSelf"/>): its contract's
/// <see cref="IMilestoneEffect{TContract}.Effect"/> applied once per message id.
/// </summary>
public abstract class MilestoneConsumer<TContract, TSelf>(ApplyOnce applyOnce) : IConsumer<TContract>
    where TContract : class
    where TSelf : MilestoneConsumer<TContract, TSelf>, IMilestoneEffect<TContract>
{
    public Task Consume(ConsumeContext<TContract> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return applyOnce.ApplyAsync(context, TSelf.Effect(context.Message));
    }
}

public static class MilestoneEffect
{
    /// <summary>
    /// Runs a milestone's statements once per message id, in one transaction with the dedupe mark
    /// (<see cref="ApplyOnce"/>), the journey's treatment figures (<see cref="JourneyTreatment"/>) and its change to
    /// the journey tables' sums (<see cref="JourneyCellsChange"/>): a redelivered or republished message changes
    /// nothing.
    /// </summary>
    public static Task ApplyAsync(this ApplyOnce applyOnce, ConsumeContext context, params Statement[] statements)
    {
        ArgumentNullException.ThrowIfNull(applyOnce);
        ArgumentNullException.ThrowIfNull(context);
        var messageId = context.MessageId ?? throw new InvalidOperationException("Milestones must carry a message id.");
        return applyOnce.RunAsync(
            messageId,
            context.Headers.Get<long>(EventSequenceHeader.Name),
            async (connection, transaction, cancellationToken) =>
            {
                var journeys = JourneyCellsChange.Touched(statements);
                var cells =
                    journeys.Count == 0
                        ? null
                        : await JourneyCellsChange.BeginAsync(connection, transaction, journeys, cancellationToken);
                foreach (var statement in statements)
                {
                    await using var command = new NpgsqlCommand(statement.Sql.Text, connection, transaction);
                    foreach (var value in statement.Values)
                    {
                        command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
                    }

                    await command.ExecuteNonQueryAsync(cancellationToken);
                }

                await JourneyTreatment.RefreshAsync(
                    connection,
                    transaction,
                    [.. JourneyTreatment.Touched(statements).Distinct(StringComparer.Ordinal)],
                    batchLock: false,
                    cancellationToken
                );
                if (cells is not null)
                {
                    await cells.EndAsync(cancellationToken);
                }
            },
            context.CancellationToken
        );
    }
}
