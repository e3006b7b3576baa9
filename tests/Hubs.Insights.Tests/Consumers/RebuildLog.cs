using Hubs.Contracts.Journeys;
using Hubs.Contracts.Rebuild;
using Hubs.Insights.Rebuild;
using Hubs.Insights.Store;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Insights.Tests.Consumers;

/// <summary>
/// Twelve referrals at event sequences 10, 20, … 120 as Web's export writes them (a position line every third one,
/// the last at <see cref="Last"/>), imported as the rebuild imports them; and a live delivery of a message through
/// <see cref="ApplyOnce"/> whose effect records itself, so that a test sees every time a message was applied live.
/// </summary>
internal sealed class RebuildLog(InsightsHostFixture insights)
{
    public IReadOnlyList<(long Sequence, Guid Id)> Messages { get; } =
    [.. Enumerable.Range(1, 12).Select(n => (n * 10L, Guid.NewGuid()))];

    public int Count => Messages.Count;

    /// <summary>The export's last position: the events after the last referral hold no contract.</summary>
    public long Last => Messages[^1].Sequence + 5;

    public NpgsqlDataSource Data => insights.Host.Services.GetRequiredService<NpgsqlDataSource>();

    /// <summary>Every Insights table emptied, as a rebuild from zero starts.</summary>
    public async Task ResetAsync()
    {
        await using (var create = Data.CreateCommand("CREATE TABLE IF NOT EXISTS insights.live_applied (id uuid)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        await InsightsSchema.ResetAsync(Data);
    }

    /// <returns>The milestones the import applied.</returns>
    public Task<long> ImportAsync(int? cutOffAfterLines = null, int batchSize = MilestoneImport.BatchSize)
    {
        var lines = Messages.SelectMany(
            (m, n) =>
                (IEnumerable<string>)
                    [
                        MilestoneLine.Milestone(m.Sequence, m.Id, Referral(n)),
                        .. n % 3 == 2 ? [MilestoneLine.Position(m.Sequence)] : Array.Empty<string>(),
                    ]
        );
        var text = string.Join('\n', [.. lines, MilestoneLine.Position(Last)]);
        var import = insights.Host.Services.GetRequiredService<MilestoneImport>();
        return import.RunAsync(new CutOffReader(text, cutOffAfterLines ?? int.MaxValue), batchSize, default);
    }

    /// <summary>A live delivery of a message (by default to this replica), its effect recorded.</summary>
    public Task<bool> LiveAsync(Guid id, long? sequence, ApplyOnce? replica = null, Func<Task>? during = null) =>
        (replica ?? insights.Host.Services.GetRequiredService<ApplyOnce>()).RunAsync(
            id,
            sequence,
            async (connection, transaction, cancellationToken) =>
            {
                await using var applied = new NpgsqlCommand(
                    "INSERT INTO insights.live_applied (id) VALUES ($1)",
                    connection,
                    transaction
                );
                applied.Parameters.Add(new NpgsqlParameter { Value = id });
                await applied.ExecuteNonQueryAsync(cancellationToken);
                if (during is not null)
                {
                    await during();
                }
            },
            CancellationToken.None
        );

    public Task<long> LiveAppliedAsync() => insights.Database.CountAsync("SELECT count(*) FROM insights.live_applied");

    private static ReferralSubmitted Referral(int n) =>
        new($"rl-{n}", "north", 1, "2026-W10", "2026-03", "health", "nursing", "25-34", "female", "white", "no", false);

    /// <summary>The lines up to a point, then a broken pipe: the import dies part way through a batch.</summary>
    private sealed class CutOffReader(string text, int lines) : TextReader
    {
        private readonly StringReader _reader = new(text);
        private int _read;

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
            ++_read > lines ? throw new IOException("Broken pipe") : _reader.ReadLineAsync(cancellationToken);
    }
}
