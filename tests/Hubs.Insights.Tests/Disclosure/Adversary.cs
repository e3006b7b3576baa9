using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Tests.Disclosure;

/// <summary>
/// What a reader with every published table and the method page can write down about the true counts.
/// </summary>
internal static class Adversary
{
    private static readonly (string Smaller, string Larger)[] Orders =
    [
        ("screened", "referrals"),
        ("entered-treatment", "referrals"),
        ("finished-course", "entered-treatment"),
        ("finished-no-paired-scores", "finished-course"),
        ("assessment-people", "referrals"),
        ("first-treatment-people", "referrals"),
        // Hub work: parts of an event's, a workshop's or a consultation's figures.
        ("five-or-more-staff", "logged"),
        ("contacted", "logged"),
        ("under-24h", "contacted"),
        ("24-72h", "contacted"),
        ("over-72h", "contacted"),
        ("attended", "booked"),
        ("paired", "attended"),
        ("about-team", "consultations"),
        ("team-session", "consultations"),
        ("after-outreach", "referrals"),
        ("after-group", "referrals"),
    ];

    /// <summary>Columns of one row that add up to another of the same row (the same records, split).</summary>
    private static readonly (string Total, string[] Parts)[] ColumnSums =
    [
        ("contacted", ["under-24h", "24-72h", "over-72h"]),
        ("consultations", [.. Hubs.Contracts.HubWork.HubWorkCodes.Sectors]),
    ];

    public static IntervalAttack Build(IReadOnlyDictionary<string, PublishedCell> published, DisclosureOptions rules)
    {
        var attack = new IntervalAttack();
        var noise = rules.Perturbation.MaxNoise;
        foreach (var (name, cell) in published.Where(p => !IsRate(p.Key)))
        {
            var (_, _, group, _) = CatalogueReader.Parts(name);
            var (low, high) = cell.Status switch
            {
                // A * in a breakdown may hide a 0 (where the total is hidden); elsewhere it is 1 to 7 after noise.
                CellStatus.Suppressed => (
                    group.Contains('=', StringComparison.Ordinal) ? 0L : 1L,
                    rules.SmallNumberMax + noise
                ),
                _ when cell.Value == 0 => (0L, 0L),
                _ => (
                    Math.Max(
                        1,
                        Math.Max(rules.SmallNumberMax + 1, (long)cell.Value!.Value - (rules.RoundTo / 2)) - noise
                    ),
                    (long)cell.Value!.Value + (rules.RoundTo / 2) + noise
                ),
            };
            attack.Bound(name, low, high);
        }

        foreach (var (name, cell) in published.Where(p => IsRate(p.Key) && p.Value.Status == CellStatus.Value))
        {
            RateOfReferrals(attack, name, cell.Value!.Value, rules);
        }

        foreach (var name in published.Keys.Where(n => !IsRate(n)))
        {
            var (hub, code, group, measure) = CatalogueReader.Parts(name);
            var period = Period.Parse(code);
            if (period is { Kind: not PeriodKind.Month })
            {
                AddSum(attack, name, period.Parts.Select(p => CatalogueReader.Name(hub, p.Code, group, measure)));
            }

            if (period is { Kind: PeriodKind.FinancialYear })
            {
                var quarters = period
                    .Months.Select(m =>
                        Period
                            .QuarterOf(DateOnly.Parse(m + "-01", System.Globalization.CultureInfo.InvariantCulture))
                            .Code
                    )
                    .Distinct();
                AddSum(attack, name, quarters.Select(q => CatalogueReader.Name(hub, q, group, measure)));
            }

            foreach (var (_, parts) in ColumnSums.Where(c => c.Total == measure))
            {
                AddSum(attack, name, parts.Select(p => CatalogueReader.Name(hub, code, group, p)));
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

        // Groups into their total: equity breakdowns into the Hub's figure, reasons into journeys ended, kinds into all
        // team activities.
        foreach (
            var family in published
                .Keys.Where(n => !IsRate(n))
                .Select(n => (Name: n, Parts: CatalogueReader.Parts(n)))
                .Where(n => n.Parts.Group.Contains('=', StringComparison.Ordinal))
                .GroupBy(n =>
                    (
                        n.Parts.Hub,
                        n.Parts.Period,
                        Prefix: n.Parts.Group[..n.Parts.Group.IndexOf('=', StringComparison.Ordinal)],
                        n.Parts.Measure
                    )
                )
        )
        {
            var total = family.Key.Prefix switch
            {
                "ended" or "team" or "consultations" or "outreach" or "meetings" => family.Key.Prefix,
                "outreach-type" => "outreach",
                "meetings-sector" => "meetings",
                "adverse-sector" => "adverse-events",
                _ => "all",
            };
            AddSum(
                attack,
                CatalogueReader.Name(family.Key.Hub, family.Key.Period, total, family.Key.Measure),
                family.Select(f => f.Name)
            );
        }

        return attack;
    }

    public static bool IsRate(string name) => name.EndsWith('%');

    /// <summary>
    /// A shown rate n'/d' to one decimal, with d' the perturbed referrals beside it: only some d' (and n') in
    /// the range the rounded count allows give that rate, which narrows the referrals, and for the overall row
    /// the Hub's entered-treatment count too (the same people, so the same perturbed figure).
    /// </summary>
    private static void RateOfReferrals(
        IntervalAttack attack,
        string rateName,
        decimal percent,
        DisclosureOptions rules
    )
    {
        var (hub, period, group, _) = CatalogueReader.Parts(rateName);
        var referrals = CatalogueReader.Name(hub, period, group, "referrals");
        var noise = rules.Perturbation.MaxNoise;
        var (low, high) = attack.Bounds[referrals];
        var pairs = (
            from d in Enumerable.Range(
                (int)Math.Max(rules.SmallNumberMax + 1, low - noise),
                (int)Math.Max(0, high + noise - Math.Max(rules.SmallNumberMax + 1, low - noise) + 1)
            )
            from n in Enumerable.Range(rules.SmallNumberMax + 1, Math.Max(0, d - rules.SmallNumberMax))
            where Math.Round(100m * n / d, rules.Decimals, MidpointRounding.AwayFromZero) == percent
            select (n, d)
        ).ToList();
        if (pairs.Count == 0)
        {
            return;
        }

        attack.Bound(referrals, pairs.Min(p => p.d) - noise, pairs.Max(p => p.d) + noise);
        var entered = CatalogueReader.Name(hub, period, group, "entered-treatment");
        // 100% is also what a perturbed numerator above its denominator shows (it is capped), so it bounds nothing
        // above.
        if (group == "all" && attack.Knows(entered) && percent < 100)
        {
            attack.Bound(entered, pairs.Min(p => p.n) - noise, pairs.Max(p => p.n) + noise);
        }
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
