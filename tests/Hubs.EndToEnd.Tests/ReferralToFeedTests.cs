using Hubs.Testing.Auth;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Hubs.Contracts.Journeys;
using Hubs.Testing;
using Hubs.Web.Tests.Journeys;

namespace Hubs.EndToEnd.Tests;

/// <summary>
/// The thin slice end to end: a keyworker's referral posted over HTTP travels through the event store,
/// the Marten subscription, RabbitMQ and the Insights consumer into the stakeholder feed, anonymised
/// and disclosure-controlled, and no personal detail is left anywhere along the way.
/// </summary>
public class ReferralToFeedTests(HubsSystemFixture system) : IClassFixture<HubsSystemFixture>
{
    private static string ThisWeek()
    {
        var london = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(london)}-W{ISOWeek.GetWeekOfYear(london):00}");
    }

    [Fact]
    public async Task Referrals_reach_the_feed_suppressed_and_rounded_with_no_personal_data_anywhere()
    {
        await using var tap = await ContractTap.OpenAsync(system.VirtualHost.Uri, typeof(ReferralSubmitted));
        var web = system.Web.CreateClient();
        var insights = system.Insights.CreateClient();
        var markers = new List<string>();
        var journeyIds = new List<string>();
        for (var i = 0; i < 9; i++)
        {
            var marker = "MK" + Guid.NewGuid().ToString("N")[..12];
            markers.Add(marker);
            var referral = Referrals.Valid(hubId: i < 8 ? "north" : "south", marker: marker);
            var response = await web.PostAsKeyworkerAsync("/api/journeys", referral);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            journeyIds.Add(response.Headers.Location!.ToString().Split('/')[^1]);
        }

        var week = ThisWeek();
        // Nine referrals this week: the week's total shows rounded to 10. South's single referral is
        // suppressed, and north's 8 is suppressed too, or south could be worked out as total minus north.
        await Poll.UntilAsync(async () => ReferralFeed.Cell(await ReferralFeed.GetAsync(insights), "total", week) == "10", "all nine referrals are counted");
        var feed = await ReferralFeed.GetAsync(insights);
        Assert.Equal("*", ReferralFeed.Cell(feed, "south", week));
        Assert.Equal("*", ReferralFeed.Cell(feed, "north", week));

        var contracts = await tap.DrainAsync();
        Assert.Equal(9, contracts.Count);
        var everywhere = string.Join('\n',
            string.Join('\n', contracts),
            feed.GetRawText(),
            await InsightsTables.DumpAsync(system.Database.Admin),
            await File.ReadAllTextAsync(system.WebLog),
            await File.ReadAllTextAsync(system.InsightsLog));
        foreach (var marker in markers)
        {
            Assert.DoesNotContain(marker, everywhere, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("07700 900", everywhere);
        var anonymisedSide = string.Join('\n', contracts) + feed.GetRawText() + await InsightsTables.DumpAsync(system.Database.Admin);
        foreach (var id in journeyIds)
        {
            Assert.DoesNotContain(id, anonymisedSide, StringComparison.OrdinalIgnoreCase);
        }
    }
}
