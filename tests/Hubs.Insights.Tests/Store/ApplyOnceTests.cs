using Hubs.Insights.Store;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Insights.Tests.Store;

public class ApplyOnceTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    [Fact]
    public async Task A_redelivered_message_changes_nothing_and_a_new_one_applies()
    {
        var applyOnce = insights.Host.Services.GetRequiredService<ApplyOnce>();
        var dataSource = insights.Host.Services.GetRequiredService<NpgsqlDataSource>();
        await using (var create = dataSource.CreateCommand("CREATE TABLE insights.apply_once_probe (n int NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var first = Guid.NewGuid();
        Assert.True(await applyOnce.RunAsync(first, null, Increment, CancellationToken.None));
        Assert.False(await applyOnce.RunAsync(first, null, Increment, CancellationToken.None));
        Assert.True(await applyOnce.RunAsync(Guid.NewGuid(), null, Increment, CancellationToken.None));

        await using var count = dataSource.CreateCommand("SELECT count(*) FROM insights.apply_once_probe");
        Assert.Equal(2L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_failed_effect_leaves_the_message_unmarked_so_a_retry_applies_it()
    {
        var applyOnce = insights.Host.Services.GetRequiredService<ApplyOnce>();
        var id = Guid.NewGuid();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            applyOnce.RunAsync(
                id,
                null,
                (_, _, _) => throw new InvalidOperationException("database hiccup"),
                CancellationToken.None
            )
        );

        Assert.True(await applyOnce.RunAsync(id, null, (_, _, _) => Task.CompletedTask, CancellationToken.None));
    }

    private static async Task Increment(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken cancellationToken
    )
    {
        await using var insert = new NpgsqlCommand(
            "INSERT INTO insights.apply_once_probe (n) VALUES (1)",
            connection,
            transaction
        );
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
