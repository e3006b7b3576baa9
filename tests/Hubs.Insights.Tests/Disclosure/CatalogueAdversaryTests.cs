using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;
using Hubs.Insights.Tests.Dashboards;
using Xunit.Abstractions;

namespace Hubs.Insights.Tests.Disclosure;

/// <summary>
/// Our own adversary. Over a synthetic Hub with 2,000 journeys (and a second with 400) spread over three
/// years, every staff group in use (many groups of 1–7 people a month), and a few adverse events, workshops,
/// consultations, outreach contacts and reflective group meetings a month in each (<see cref="RandomHubWork"/>), it
/// reads every table the catalogue offers for every Hub, breakdown and period (each month, quarter and financial year
/// of three years: what the API, the CSVs and the pages can show), checks that every figure has one value wherever it
/// is published, builds the constraints a reader can know (bounds from each figure and the published method, what a
/// shown rate says of its perturbed parts, totals as sums of their groups, months into quarters and years, quarters
/// into years, one count at most another) and tightens them as far as they go. No cell of 1–7 may be pinned exactly, or
/// to fewer possible values than the perturbation alone leaves (see <see cref="MinimumPossibleValues"/>).
/// </summary>
public class CatalogueAdversaryTests(ITestOutputHelper output)
{
    /// <summary>
    /// The rules' promise for a small cell: at least as many possible values as a count whose perturbed value
    /// a reader knew exactly (the true value is within 2 of it either way: 5 values). Seen on this cohort: 5 at
    /// the least (a cell narrowed through a rate), most cells 10.
    /// </summary>
    private const int MinimumPossibleValues = 5;

    private static readonly DisclosureOptions Truth = new(SmallNumberMax: 0, RoundTo: 1)
    {
        Perturbation = new PerturbationTable(0, 0),
    };

    private static readonly HashSet<string> Hubs = ["north", "south"];

    private static readonly string[] StaffGroups = [.. Categories.Of(Dimension.StaffGroup).SkipLast(1)];

    /// <summary>Referral months over 2025–2027 and every staff group, so that most groups are small.</summary>
    private static List<JourneyFacts> Spread(List<JourneyFacts> journeys, Random random) =>
        [
            .. journeys.Select(j =>
                j with
                {
                    ReferralMonth = $"{random.Next(2025, 2028)}-{random.Next(1, 13):00}",
                    StaffGroup = StaffGroups[random.Next(StaffGroups.Length)],
                }
            ),
        ];

    [Fact]
    public async Task Reading_every_published_table_pins_no_small_cell_and_finds_each_cell_with_one_value()
    {
        var facts = new InMemoryFacts();
        var random = new Random(16);
        facts.Set(
            Spread(
                Cohorts.Random(
                    seed: 16,
                    journeys: 2400,
                    hubs: ["north", "north", "north", "north", "north", "south"],
                    months: 12
                ),
                random
            ),
            Enumerable
                .Range(0, 200)
                .Select(i => new TeamActivityFacts(
                    $"t{i}",
                    i % 3 == 0 ? "south" : "north",
                    $"2026-{random.Next(1, 13):00}",
                    TeamSupportTable.Kinds[random.Next(5)],
                    random.Next(2, 12)
                ))
        );
        facts.SetHubWork(RandomHubWork.Of(random, new Dictionary<string, int> { ["north"] = 4, ["south"] = 2 }));
        var periods = CatalogueReader.Periods(2025, 2027).ToList();

        var published = await CatalogueReader.ReadAsync(facts.Queries(), Hubs, periods);
        var truth = await CatalogueReader.ReadAsync(facts.Queries(Truth), Hubs, periods);
        var attack = Adversary.Build(published, DisclosureOptions.Default);
        var passes = attack.Solve();

        var small = truth
            .Where(t => !Adversary.IsRate(t.Key) && t.Value.Value is >= 1 and <= 7)
            .Select(t => (t.Key, Value: (long)t.Value.Value!.Value))
            .ToList();
        var widths = small.Select(s => (s.Key, s.Value, Bounds: attack.Bounds[s.Key])).ToList();
        output.WriteLine(
            $"{published.Count} cells read, {small.Count} of them 1-7, "
                + $"{published.Values.Count(c => c.Status == CellStatus.Suppressed)} shown as *; "
                + $"solved in {passes} passes"
        );
        foreach (var group in widths.GroupBy(w => w.Bounds.High - w.Bounds.Low + 1).OrderBy(g => g.Key))
        {
            output.WriteLine($"{group.Count()} small cells have {group.Key} possible values");
        }

        Assert.True(small.Count > 2000, "the synthetic Hubs must have many cells of 1-7");
        // Hub work is sparse: every one of its tables must be attacked over many small cells too.
        Assert.All(["adverse-events", "workshops", "consultations", "outreach", "meetings"], work =>
            Assert.True(
                small.Count(s => CatalogueReader.Parts(s.Key).Group.StartsWith(work, StringComparison.Ordinal)) > 50,
                work
            )
        );
        Assert.All(widths, w => Assert.InRange(w.Value, w.Bounds.Low, w.Bounds.High));
        var pinned = widths.Where(w => w.Bounds.High - w.Bounds.Low + 1 < MinimumPossibleValues).ToList();
        Assert.True(
            pinned.Count == 0,
            string.Join(
                '\n',
                pinned.Take(20).Select(p => $"{p.Key} = {p.Value} within [{p.Bounds.Low}, {p.Bounds.High}]")
            )
        );
    }
}
