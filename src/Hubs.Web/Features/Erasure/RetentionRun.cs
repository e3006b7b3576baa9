using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Privacy;
using Marten;
using Npgsql;

namespace Hubs.Web.Features.Erasure;

/// <summary>What a retention run found (and, unless a dry run, destroyed): counts only, no names.</summary>
public sealed record RetentionReport(int JourneysExamined, int KeyworkersDue, int KeysDestroyed, bool DryRun);

/// <summary>
/// The yearly retention run: applies <see cref="RetentionRule"/> to every journey and erases each due
/// keyworker that still has a key through <see cref="KeyworkerErasure"/> (idempotent: an interrupted run
/// is simply run again).
/// </summary>
public sealed class RetentionRun(
    IDocumentStore store,
    NpgsqlDataSource dataSource,
    KeyworkerErasure erasure,
    TimeProvider clock,
    IConfiguration configuration
)
{
    public async Task<RetentionReport> RunAsync(
        bool dryRun,
        string requestedBy,
        string? reference,
        CancellationToken cancellationToken
    )
    {
        var years = configuration.GetValue("Privacy:Retention:YearsAfterCareEnds", RetentionRule.DefaultYears);
        IReadOnlyList<JourneyCare> journeys;
        IReadOnlyList<JourneyKeyOwner> owners;
        await using (var session = store.QuerySession())
        {
            journeys = await session
                .Query<Journey>()
                .Select(j => new JourneyCare(j.KeyworkerId, j.EndedAt))
                .ToListAsync(cancellationToken);
            owners = await session
                .Query<Journey>()
                .Select(j => new JourneyKeyOwner(j.Id, j.KeyworkerId))
                .ToListAsync(cancellationToken);
        }

        // Keys are per journey (and, for data sealed before that, per keyworker): a keyworker still has
        // personal data while any of those keys exists.
        var keyIds = await KeyworkersWithKeysAsync(cancellationToken);
        var withKeys = owners
            .Where(o => keyIds.Contains(o.JourneyId))
            .Select(o => o.KeyworkerId)
            .Concat(keyIds)
            .ToHashSet();
        var due = RetentionRule.KeyworkersDue(journeys, clock.GetUtcNow(), years).Where(withKeys.Contains).ToList();
        var destroyed = 0;
        foreach (var keyworkerId in dryRun ? [] : due)
        {
            var outcome = await erasure.EraseAsync(
                keyworkerId,
                ShreddingGround.RetentionExpired,
                KeyworkerErasure.Operator,
                requestedBy,
                reference,
                cancellationToken
            );
            destroyed += outcome.Record is null ? 0 : 1;
        }

        return new RetentionReport(journeys.Count, due.Count, destroyed, dryRun);
    }

    private async Task<HashSet<Guid>> KeyworkersWithKeysAsync(CancellationToken cancellationToken)
    {
        var ids = new HashSet<Guid>();
        await using var command = dataSource.CreateCommand("SELECT keyworker_id FROM clinical.keyworker_keys");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
