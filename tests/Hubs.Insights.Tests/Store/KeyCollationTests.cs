using Hubs.Insights.Store;
using Hubs.Testing;
using Npgsql;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// Every table Insights creates has its index keys compared byte by byte from the start, so a later
/// <c>migrate</c> never has to rewrite a table to change them: at 1,000,000 journeys that rewrite (of
/// <c>journey_cells</c>, 4.5 million rows) outlasted the command timeout and <c>migrate</c> failed.
/// </summary>
public class KeyCollationTests
{
    [Fact]
    public async Task A_new_store_has_no_index_key_left_for_a_later_migrate_to_convert()
    {
        var database = await TestDatabase.CreateAsync();
        await using var dataSource = NpgsqlDataSource.Create(database.Insights);

        await InsightsSchema.ApplyAsync(dataSource);

        Assert.Equal(
            0,
            await database.CountAsync(
                """
                SELECT count(DISTINCT (t.oid, a.attname)) FROM pg_index i
                JOIN pg_class t ON t.oid = i.indrelid
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (i.indkey)
                WHERE t.relnamespace = 'insights'::regnamespace AND a.atttypid = 'text'::regtype
                  AND a.attcollation <> 'pg_catalog."C"'::regcollation
                """
            )
        );
    }
}
