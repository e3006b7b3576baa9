using System.Globalization;
using System.Text.RegularExpressions;
using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Reports;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Tests.Dashboards;
using Hubs.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Insights.Tests.Reports;

/// <summary>
/// The report PDF's sheets as a reader checks them: a sheet that falls out of the pile still says which Hub and
/// quarter it is; no text is smaller than 8 pt; no column heading is broken inside a word; every chart has a scale.
/// </summary>
public sealed partial class QuarterlyReportSheetTests : IClassFixture<DashboardHostFixture>
{
    private static readonly HashSet<string> Hubs = ["hub-a", "hub-b"];
    private readonly DashboardHostFixture fixture;

    public QuarterlyReportSheetTests(DashboardHostFixture fixture)
    {
        this.fixture = fixture;
        fixture.Facts.Set(ReportCohort.Journeys(), ReportCohort.Activities());
    }

    [Fact]
    public async Task Every_sheet_names_its_Hub_and_the_quarter()
    {
        var sheets = await PdfReaderText.PagesAsync(await PdfAsync());

        Assert.True(sheets.Count > 3, $"{sheets.Count} sheets");
        foreach (var (text, number) in sheets.Select((t, i) => (t, i + 1)))
        {
            var named = new[] { "Hub: hub-a", "Hub: hub-b", "All your Hubs" }
                .Where(h => text.Contains(h, StringComparison.Ordinal))
                .ToList();
            Assert.True(named.Count == 1, $"Sheet {number} names {named.Count} Hubs:\n{text}");
            Assert.True(text.Contains("2026-Q3", StringComparison.Ordinal), $"Sheet {number} has no quarter:\n{text}");
            Assert.Contains($"Page {number} of {sheets.Count}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task No_text_is_smaller_than_8_points()
    {
        var sizes = PdfText.FontSizes(await PdfAsync());

        Assert.All(sizes.SelectMany(s => s), size => Assert.True(size >= 8, $"{size} pt"));
    }

    [Fact]
    public async Task No_column_heading_is_broken_inside_a_word()
    {
        var pdf = await PdfAsync();
        var strings = PdfText.Pages(pdf).SelectMany(p => p.Split('\n')).ToList();

        Assert.DoesNotContain(strings, s => BrokenWord().IsMatch(s));
        var words = strings.SelectMany(s => s.Split(' ')).ToHashSet(StringComparer.Ordinal);
        foreach (var table in await TablesAsync())
        {
            foreach (var word in table.Columns.SelectMany(c => c.Label.Split(' ')))
            {
                Assert.True(words.Contains(word), $"'{word}' of a heading of {table.Title} is not printed whole");
            }
        }
    }

    [Fact]
    public async Task Every_chart_has_a_scale_from_0_past_its_longest_bar()
    {
        var strings = PdfText.Pages(await PdfAsync()).SelectMany(p => p.Split('\n')).ToList();

        var charted = 0;
        var at = 0;
        foreach (var (table, chart) in await ChartedAsync())
        {
            at = strings.IndexOf(table.Title, at);
            Assert.True(at >= 0, $"{table.Title} is not printed (in order)");
            var end = strings.IndexOf("Group", at);
            Assert.True(end > at, $"{table.Title} has no table after it");
            var longest = table
                .Rows.Where(r => !r.IsTotal)
                .SelectMany(r =>
                    table
                        .Columns.Select((c, i) => (c, i))
                        .Where(x => chart.Contains(x.c.Key))
                        .Select(x => r.Cells[x.i].Value ?? 0)
                )
                .DefaultIfEmpty(0)
                .Max();
            if (longest <= 0)
            {
                at = end;
                continue;
            }

            charted++;
            var ticks = Ticks(strings[at..end]);
            at = end;
            Assert.True(ticks.Count >= 3, $"The chart of {table.Title} has no scale");
            Assert.Equal(0, ticks[0]);
            Assert.Single(ticks.Zip(ticks.Skip(1), (a, b) => b - a).Distinct());
            Assert.True(ticks[^1] >= longest, $"{table.Title}: the scale ends at {ticks[^1]}, under {longest}");
        }

        Assert.True(charted > 5, $"{charted} charts");
    }

    /// <summary>The first run of printed numbers (a scale's labels, 0 or 0% upwards) among a chart's strings.</summary>
    private static List<decimal> Ticks(List<string> strings)
    {
        var numbers = strings
            .Select(s => decimal.TryParse(s.TrimEnd('%'), CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null)
            .ToList();
        var start = numbers.IndexOf(0);
        return start < 0 ? [] : [.. numbers.Skip(start).TakeWhile(n => n is not null).Select(n => n!.Value)];
    }

    private async Task<byte[]> PdfAsync()
    {
        using var client = fixture.Client(TestTokens.Commissioner("hub-a", "hub-b"));
        return await client.GetByteArrayAsync("/reports/quarterly.pdf?quarter=2026-Q3");
    }

    private async Task<List<PublishedTable>> TablesAsync() => [.. (await ChartedAsync()).Select(t => t.Table)];

    /// <summary>Each section's published table, in the report's order, with its charted columns.</summary>
    private async Task<List<(PublishedTable Table, IReadOnlyList<string> Chart)>> ChartedAsync()
    {
        var queries = fixture.Factory.Services.GetRequiredService<InsightsQueries>();
        var quarter = Period.Parse("2026-Q3")!;
        var tables = new List<(PublishedTable, IReadOnlyList<string>)>();
        foreach (
            var (hub, sections) in new[] { ((string?)null, QuarterlyReportSections.AllHubs) }.Concat(
                Hubs.Order(StringComparer.Ordinal).Select(h => ((string?)h, QuarterlyReportSections.PerHub))
            )
        )
        {
            foreach (var section in sections)
            {
                var request = new TableRequest(section.Table, hub, quarter, section.By);
                tables.Add(
                    ((await queries.PublishAsync(request, Hubs, CancellationToken.None))!, section.Chart.Columns)
                );
            }
        }

        return tables;
    }

    /// <summary>A line that ends in a letter and a hyphen: a word broken to fit its column.</summary>
    [GeneratedRegex(@"\p{L}-$")]
    private static partial Regex BrokenWord();
}
