using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Tests.Disclosure;

/// <summary>What a reader with every published table and the method page can write down about the true counts.</summary>
internal static class Adversary
{
    private static readonly (string Smaller, string Larger)[] Orders =
    [
        ("screened", "referrals"), ("entered-treatment", "referrals"), ("finished-course", "entered-treatment"),
        ("finished-no-paired-scores", "finished-course"), ("assessment-people", "referrals"), ("first-treatment-people", "referrals"),
    ];

    public static IntervalAttack Build(IReadOnlyDictionary<string, PublishedCell> published, DisclosureOptions rules)
    {
        var attack = new IntervalAttack();
        var noise = rules.Perturbation.MaxNoise;
        foreach (var (name, cell) in published)
        {
            var (_, _, group, _) = CatalogueReader.Parts(name);
            var (low, high) = cell.Status switch
            {
                // A * in a breakdown may hide a 0 (where the total is hidden); elsewhere it is 1 to 7 after noise.
                CellStatus.Suppressed => (group.Contains('=', StringComparison.Ordinal) ? 0L : 1L, rules.SmallNumberMax + noise),
                _ when cell.Value == 0 => (0L, 0L),
                _ => (Math.Max(1, Math.Max(rules.SmallNumberMax + 1, (long)cell.Value!.Value - (rules.RoundTo / 2)) - noise),
                    (long)cell.Value!.Value + (rules.RoundTo / 2) + noise),
            };
            attack.Bound(name, low, high);
        }

        foreach (var name in published.Keys)
        {
            var (hub, code, group, measure) = CatalogueReader.Parts(name);
            var period = Period.Parse(code);
            if (period is { Kind: not PeriodKind.Month })
            {
                AddSum(attack, name, period.Parts.Select(p => CatalogueReader.Name(hub, p.Code, group, measure)));
            }

            if (period is { Kind: PeriodKind.FinancialYear })
            {
                var quarters = period.Months.Select(m => Period.QuarterOf(DateOnly.Parse(m + "-01", System.Globalization.CultureInfo.InvariantCulture)).Code).Distinct();
                AddSum(attack, name, quarters.Select(q => CatalogueReader.Name(hub, q, group, measure)));
            }

            foreach (var (smaller, larger) in Orders.Where(o => o.Larger == measure))
            {
                var other = CatalogueReader.Name(hub, code, group, smaller);
                if (attack.Knows(other))
                {
                    attack.AtMost(other, name);
                }
            }
        }

        // Groups into their total: equity breakdowns into the Hub's figure, reasons into journeys ended, kinds into all team activities.
        foreach (var family in published.Keys.Select(n => (Name: n, Parts: CatalogueReader.Parts(n))).Where(n => n.Parts.Group.Contains('=', StringComparison.Ordinal))
                     .GroupBy(n => (n.Parts.Hub, n.Parts.Period, Prefix: n.Parts.Group[..n.Parts.Group.IndexOf('=', StringComparison.Ordinal)], n.Parts.Measure)))
        {
            var total = family.Key.Prefix is "ended" or "team" ? family.Key.Prefix : "all";
            AddSum(attack, CatalogueReader.Name(family.Key.Hub, family.Key.Period, total, family.Key.Measure), family.Select(f => f.Name));
        }

        return attack;
    }

    private static void AddSum(IntervalAttack attack, string total, IEnumerable<string> parts)
    {
        var list = parts.ToList();
        if (attack.Knows(total) && list.All(attack.Knows))
        {
            attack.Sum(total, list);
        }
    }
}
