using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Tests.Disclosure;

/// <summary>
/// Breakdown-shaped tables (groups down, a total row) mixing counts and rates. The attacker is generous to
/// itself: a published rate is taken to give away its exact numerator and denominator, so each rate
/// column is two lines of the differencing attack. Working out a 0 is allowed: 0 is publishable.
/// </summary>
public class AdversarialRateTableTests
{
    [Fact]
    public void No_non_zero_part_of_a_withheld_rate_or_count_can_be_recovered()
    {
        var random = new Random(4242);
        var withheld = 0;
        for (var t = 0; t < 400; t++)
        {
            var draft = RandomDraft(random);
            var table = DisclosureControl.Publish(draft);
            var (truth, unknown) = AttackerView(draft, table);
            withheld += unknown.Cast<bool>().Count(u => u);

            var recovered = DifferencingAttack.SoleUnknown(unknown, rowsAreLines: false, columnsAreLines: true)
                .Concat(DifferencingAttack.Linear(unknown, rowsAreLines: false, columnsAreLines: true));
            Assert.All(recovered, cell => Assert.Equal(0, truth[cell.Item1, cell.Item2]));
        }

        Assert.True(withheld > 1000, $"only {withheld} withheld cells");
    }

    private static TableDraft RandomDraft(Random random)
    {
        var rows = random.Next(1, 9);
        var columns = new List<DraftColumn>();
        for (var c = random.Next(0, 3); c > 0; c--)
        {
            columns.Add(new CountColumn($"n{c}", "N", Enumerable.Range(0, rows).Select(_ => (long)Small(random)).ToArray()));
        }

        for (var c = random.Next(1, 4); c > 0; c--)
        {
            var ofAppointments = random.Next(2) == 0;
            columns.Add(new RateColumn($"r{c}", "R", Enumerable.Range(0, rows).Select(_ =>
            {
                var denominator = Small(random);
                var numerator = random.Next(0, denominator + 1);
                var people = ofAppointments && denominator > 0 ? random.Next(1, denominator + 1) : denominator;
                return new Ratio(numerator, denominator, people);
            }).ToArray()));
        }

        return new TableDraft("random", Enumerable.Range(0, rows).Select(r => $"G{r}").ToArray(), columns);
    }

    private static int Small(Random random) => random.Next(10) < 6 ? random.Next(0, 10) : random.Next(10, 40);

    private static (long[,] Truth, bool[,] Unknown) AttackerView(TableDraft draft, PublishedTable table)
    {
        var parts = new List<(long[] Values, int Column)>();
        for (var c = 0; c < draft.Columns.Count; c++)
        {
            switch (draft.Columns[c])
            {
                case CountColumn counts:
                    parts.Add((counts.Counts.ToArray(), c));
                    break;
                case RateColumn rates:
                    parts.Add((rates.Ratios.Select(r => r.Numerator).ToArray(), c));
                    parts.Add((rates.Ratios.Select(r => r.Denominator).ToArray(), c));
                    break;
                default:
                    break;
            }
        }

        var rows = table.Rows.Count;
        var truth = new long[rows, parts.Count];
        var unknown = new bool[rows, parts.Count];
        for (var p = 0; p < parts.Count; p++)
        {
            for (var r = 0; r < rows; r++)
            {
                truth[r, p] = r < rows - 1 ? parts[p].Values[r] : parts[p].Values.Sum();
                unknown[r, p] = table.Rows[r].Cells[parts[p].Column].Status == CellStatus.Suppressed;
            }
        }

        return (truth, unknown);
    }
}
