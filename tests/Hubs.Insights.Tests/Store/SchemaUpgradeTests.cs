using Hubs.Insights.Store;
using Hubs.Testing;
using Npgsql;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// An Insights store created before the milestone tables existed upgrades in place with <c>migrate</c>, keeping its
/// referrals, and the journey tables' sums are made from them.
/// </summary>
public class SchemaUpgradeTests
{
    [Fact]
    public async Task Migrate_adds_the_milestone_columns_and_tables_to_a_referral_only_store()
    {
        var database = await TestDatabase.CreateAsync();
        await using var dataSource = NpgsqlDataSource.Create(database.Insights);
        await using (
            var old = dataSource.CreateCommand(
                """
                CREATE TABLE insights.processed_messages (message_id uuid PRIMARY KEY,
                    processed_at timestamptz NOT NULL DEFAULT now());
                CREATE TABLE insights.journey_facts (journey_key text PRIMARY KEY, hub_id text NOT NULL,
                    referral_week text, referral_month text, sector text, staff_group text, age_band text, sex text,
                    ethnicity_group text, disability text, is_re_referral boolean);
                INSERT INTO insights.journey_facts VALUES ('k1', 'north', '2026-W10', '2026-03', 'health', 'nursing',
                    '35-44', 'female', 'white', 'no', false);
                """
            )
        )
        {
            await old.ExecuteNonQueryAsync();
        }

        await InsightsSchema.ApplyAsync(dataSource);
        await InsightsSchema.ApplyAsync(dataSource);

        var facts = Assert.Single(await new JourneyFactsStore(dataSource).LoadAsync(JourneyFactsFilter.Everything));
        Assert.Equal(
            ("k1", "north", "2026-03", false, 0),
            (facts.JourneyKey, facts.HubId, facts.ReferralMonth, facts.Screened, facts.AttendedTreatmentAppointments)
        );
        Assert.Equal(
            3,
            await database.CountAsync(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'insights' AND tablename "
                    + "IN ('journey_appointments', 'journey_measures', 'team_activities')"
            )
        );
        Assert.Equal(
            1,
            await database.CountAsync(
                "SELECT amount FROM insights.journey_cells WHERE hub_id = 'north' AND family = 'journeys' "
                    + "AND month = '2026-03' AND part = 'referrals:c'"
            )
        );
    }
}
