using Hubs.Web.Operations;
using Hubs.Web.Tests.Clinic;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Web.Tests.Operations;

/// <summary>
/// A database migrated from a version whose summary indexed every wait mark and whose onward records were indexed by
/// Hub alone loses those indexes, which no query used and every self-referral and session paid for
/// (benchmarks/SCALE.md, the write path); the wait marks keep their columns, and the check for summaries written
/// before them keeps the (empty) index of the rows still without one.
/// </summary>
public sealed class MigrateDropsUnusedIndexesTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private const string OldIndexes = """
        DROP INDEX IF EXISTS clinical.mt_doc_journeysummary_idx_waiting_for;
        CREATE INDEX mt_doc_journeysummary_idx_waiting_for ON clinical.mt_doc_journeysummary (waiting_for);
        CREATE INDEX mt_doc_journeysummary_idx_submitted_at ON clinical.mt_doc_journeysummary (submitted_at);
        CREATE INDEX mt_doc_journeysummary_idx_assessed_at ON clinical.mt_doc_journeysummary (assessed_at);
        CREATE INDEX mt_doc_journeysummary_idx_first_treatment_at
            ON clinical.mt_doc_journeysummary (first_treatment_at);
        CREATE INDEX mt_doc_journeysummary_idx_second_treatment_at
            ON clinical.mt_doc_journeysummary (second_treatment_at);
        CREATE INDEX mt_doc_onwardrecord_idx_hub_id ON clinical.mt_doc_onwardrecord ((data ->> 'HubId'));
        """;

    [Fact]
    public async Task Migrate_drops_the_wait_mark_and_onward_hub_indexes_no_query_uses()
    {
        var dataSource = clinic.App.Services.GetRequiredService<NpgsqlDataSource>();
        await using (var old = dataSource.CreateCommand(OldIndexes))
        {
            await old.ExecuteNonQueryAsync();
        }

        await MigrateCommand.ApplyAsync(clinic.Store, dataSource);

        await using var read = dataSource.CreateCommand(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'clinical' "
                + "AND tablename IN ('mt_doc_journeysummary', 'mt_doc_onwardrecord')"
        );
        var indexes = new Dictionary<string, string>();
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes[reader.GetString(0)] = reader.GetString(1);
            }
        }

        Assert.DoesNotContain("mt_doc_journeysummary_idx_submitted_at", indexes.Keys);
        Assert.DoesNotContain("mt_doc_journeysummary_idx_assessed_at", indexes.Keys);
        Assert.DoesNotContain("mt_doc_journeysummary_idx_first_treatment_at", indexes.Keys);
        Assert.DoesNotContain("mt_doc_journeysummary_idx_second_treatment_at", indexes.Keys);
        Assert.DoesNotContain("mt_doc_onwardrecord_idx_hub_id", indexes.Keys);
        Assert.EndsWith("WHERE (waiting_for IS NULL)", indexes["mt_doc_journeysummary_idx_waiting_for"]);
        Assert.Contains("mt_doc_journeysummary_idx_hub_id", indexes.Keys);
        Assert.Contains("mt_doc_onwardrecord_idx_hub_idopen_count", indexes.Keys);
    }
}
