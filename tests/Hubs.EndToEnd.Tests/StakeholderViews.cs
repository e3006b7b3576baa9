using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hubs.Testing.Auth;

namespace Hubs.EndToEnd.Tests;

/// <summary>
/// Everything a stakeholder can see: every feed table of the catalogue (each Hub, the current quarter and
/// financial year) as JSON and CSV, every dashboard page, the method page and the quarterly report (page and PDF).
/// </summary>
public static class StakeholderViews
{
    private static readonly string[] Pages =
    [
        "dashboards/trends",
        "dashboards/waits",
        "dashboards/outcomes",
        "dashboards/equity",
        "dashboards/team-support",
        "method",
    ];

    /// <param name="insights">The Insights host's client.</param>
    /// <param name="clock">The Web host's clock, for the current quarter (the shared end-to-end clock unless
    /// given).</param>
    public static async Task<string> ReadAllAsync(HttpClient insights, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(insights);
        var feedClient = TestIssuer.Shared.Mint(TestPrincipal.FeedClient(), "hubs-insights");
        var commissioner = TestIssuer.Shared.Mint(TestPrincipal.Commissioner("north", "south"), "hubs-insights");
        var seen = new StringBuilder();
        var catalogue = JsonDocument.Parse(await ReadAsync(insights, "/api/v2/feeds", feedClient)).RootElement;
        Assert.NotEqual(0, catalogue.GetArrayLength());
        var today = DateOnly.FromDateTime((clock ?? Journeys.EndToEndClock.Shared).GetUtcNow().UtcDateTime);
        var year = today.Month >= 4 ? today.Year : today.Year - 1;
        string[] periods =
        [
            Hubs.Insights.Features.Tables.Period.QuarterOf(today).Code,
            $"FY{year}-{(year + 1) % 100:00}",
        ];
        foreach (var table in catalogue.EnumerateArray())
        {
            var path = table.GetProperty("href").GetString()!;
            var hubs = table.GetProperty("rows").GetString() == "Hubs" ? [""] : new[] { "&hub=north", "&hub=south" };
            foreach (var query in periods.SelectMany(p => hubs.Select(h => $"?period={p}{h}")))
            {
                seen.AppendLine(await ReadAsync(insights, path + query, feedClient));
                seen.AppendLine(await ReadAsync(insights, path + query + "&format=csv", feedClient));
            }
        }

        foreach (var page in Pages)
        {
            seen.AppendLine(await ReadAsync(insights, $"/{page}", commissioner));
        }

        // The quarterly report of all the commissioner's Hubs, as its page and as the text of its PDF.
        var quarter = periods[0];
        seen.AppendLine(await ReadAsync(insights, $"/reports/quarterly?quarter={quarter}", commissioner));
        using var pdf = new HttpRequestMessage(HttpMethod.Get, $"/reports/quarterly.pdf?quarter={quarter}");
        pdf.Headers.Authorization = new AuthenticationHeaderValue("Bearer", commissioner);
        using var answer = await insights.SendAsync(pdf);
        Assert.True(answer.IsSuccessStatusCode, $"GET the report PDF: {(int)answer.StatusCode}");
        seen.AppendJoin('\n', Hubs.Testing.PdfText.Pages(await answer.Content.ReadAsByteArrayAsync()));
        return seen.ToString();
    }

    private static async Task<string> ReadAsync(HttpClient insights, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await insights.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
