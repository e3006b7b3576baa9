using System.Globalization;
using Hubs.EndToEnd.Tests.Journeys;
using Hubs.Insights.Store;
using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Web.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.EndToEnd.Tests;

/// <summary>
/// End to end: whole journeys and team activities written over HTTP travel through the event store,
/// the Marten subscription, RabbitMQ and the Insights consumers into the stakeholder feed, anonymised
/// and disclosure-controlled, and no personal detail is left anywhere along the way (staff searches for the
/// marked people included).
/// </summary>
public partial class ReferralToFeedTests(HubsSystemFixture system) : IClassFixture<HubsSystemFixture>
{
    private static string ThisWeek()
    {
        var london = TimeZoneInfo
            .ConvertTime(
                Journeys.EndToEndClock.Shared.GetUtcNow(),
                TimeZoneInfo.FindSystemTimeZoneById("Europe/London")
            )
            .DateTime;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(london)}-W{ISOWeek.GetWeekOfYear(london):00}"
        );
    }

    [Fact]
    public async Task Whole_journeys_reach_Insights_and_the_feed_with_no_personal_data_in_any_contract_table_or_log()
    {
        await using var taps = await ContractTaps.OpenAsync(system.VirtualHost.Uri);
        var web = system.Web.CreateClient();
        var insights = system.Insights.CreateClient();
        Journeys.EndToEndClock.RoomInWeek(Journeys.EndToEndClock.Shared, TimeSpan.FromHours(12));
        var week = ThisWeek();
        var journeys = new MarkedJourneys(web, Journeys.EndToEndClock.Shared);
        var markers = Enumerable.Range(0, 17).Select(_ => "MK" + Guid.NewGuid().ToString("N")[..12]).ToList();
        for (var i = 0; i < 4; i++)
        {
            await journeys.TreatedAsync(markers[i], i, riskManaged: i == 0, onward: i == 1);
        }

        await journeys.SignpostedAsync(markers[4], toDirectory: true);
        await journeys.SignpostedAsync(markers[5]);
        await journeys.WithdrawnAsync(markers[6]);
        await journeys.WithdrawnAsync(markers[7]);
        await journeys.TreatedAsync(markers[8], 8, hubId: "south");
        await journeys.PhoneReferredAsync(
            markers[13],
            PagesAs(TestPrincipal.Clinician("north")),
            PagesAs(TestPrincipal.Keyworker())
        );
        await journeys.RatedTeamActivityAsync(markers[9], 12, PagesAs(TestPrincipal.Clinician("north")));
        await journeys.TeamActivityAsync(markers[10], 3, hubId: "south");
        await journeys.EvaluatedAsync(markers[11], 1);
        await journeys.EvaluatedAsync(markers[12], 2);
        await journeys.GroupMeetingAsync(markers[14], 6);
        await SeedCliniciansAsync();
        await journeys.AdverseEventAsync(markers[15]);
        await journeys.WorkshopAsync(markers[16]);
        await journeys.ConsultationAndOutreachAsync();

        await Poll.UntilAsync(
            async () =>
                await system.Database.CountAsync("SELECT count(*) FROM insights.processed_messages")
                == journeys.Milestones,
            $"all {journeys.Milestones} milestones are applied",
            TimeSpan.FromSeconds(60)
        );
        // Eleven referrals to north this week (one taken by phone) and one to south. South's single referral is
        // suppressed (a count of 1 is never changed); north's 11 is published within 2 of itself (9-13: "10" or "15").
        var feed = await ReferralFeed.GetAsync(insights);
        Assert.Null(ReferralFeed.Cell(feed, "total", week));
        Assert.Equal("*", ReferralFeed.Cell(feed, "south", week));
        Assert.Contains(ReferralFeed.Cell(feed, "north", week), new[] { "10", "15" });

        var facts = await system
            .Insights.Services.GetRequiredService<JourneyFactsStore>()
            .LoadAsync(JourneyFactsFilter.Everything);
        Assert.Equal(12, facts.Count);
        await EvaluationReachedInsightsAsync();
        // Issue 20: where each referral came from reached its own table, as codes, the phone one with its channel.
        var sources = await system
            .Insights.Services.GetRequiredService<ReferralSourceStore>()
            .LoadAsync(new HashSet<string> { "north", "south" }, CancellationToken.None);
        Assert.Equal(facts.Count, sources.Count);
        Assert.Equal("manager", Assert.Single(sources, s => s.Channel == "phone").HeardFrom);
        Assert.Contains(sources, s => s.HeardFrom == "not-given");
        Assert.Contains(sources, s => s.HeardFrom == "colleague");
        Assert.Equal(
            5,
            facts.Count(f =>
                f
                    is {
                        Screened: true,
                        TriageOutcome: "assess",
                        DaysToAssessment: not null,
                        DischargeReason: not null and not Hubs.Insights.Metrics.DischargeReason.Declined,
                        FirstPhq9: not null,
                        LastGad7: not null
                    }
            )
        );
        // The clinician's questionnaires (MarkedJourneyMeasures): PCL-5 probable PTSD at the assessment and below the
        // cut-off at discharge, ISI likewise paired, and the discharge PHQ-9 (1 + n % 8) and GAD-7 (1 + n % 6) are the
        // journeys' last scores, not the last session's (n % 20, n % 15), for n = 0, 1, 2, 3 and 8.
        var treated = facts
            .Where(f => f.DischargeReason is not null and not Hubs.Insights.Metrics.DischargeReason.Declined)
            .ToList();
        Assert.All(treated, f => Assert.Equal(new("probable-ptsd", true, "below-cut-off", false), f.Measures["pcl5"]));
        Assert.All(treated, f => Assert.True(f.Measures["isi"].Paired));
        Assert.Equal([1, 1, 2, 3, 4], treated.Select(f => f.LastPhq9!.Value).Order());
        Assert.Equal([1, 2, 3, 3, 4], treated.Select(f => f.LastGad7!.Value).Order());
        Assert.Equal(2, facts.Count(f => f is { TriageOutcome: "signpost-elsewhere", DaysToAssessment: null }));
        Assert.Equal(2, facts.Count(f => f is { Withdrawn: true, Screened: false }));
        Assert.Equal(
            15,
            (
                await system
                    .Insights.Services.GetRequiredService<TeamActivityStore>()
                    .LoadAsync(JourneyFactsFilter.Everything)
            ).Sum(a => a.AttendanceCount)
        );

        // Reflective groups (issue 21): the meeting's kind, sector, status and head count, and its rating as codes,
        // never the department, the intervisor's role or the name recorded with consent (below).
        Assert.Equal(
            1L,
            await system.Database.CountAsync(
                "SELECT count(*) FROM insights.group_meetings WHERE kind = 'clinical-cafe' AND sector = 'police' "
                    + "AND status = 'held' AND attendance_count = 6"
            )
        );
        Assert.Equal(
            1L,
            await system.Database.CountAsync(
                "SELECT count(*) FROM insights.group_meeting_ratings WHERE useful = 'quite' AND felt_safe = 'partly'"
            )
        );

        // A team session's one-minute ratings (issue 19): two codes each with the activity's kind, never the team's
        // (marked) name or the rating code (below); the contract has no journey key to tie a rating to anyone.
        Assert.Equal(2, await CountAsync("insights.team_session_ratings", "kind = 'reflective-group'"));
        Assert.Equal(1, await CountAsync("insights.team_session_ratings", "value = 'very' AND felt_safe = 'yes'"));
        Assert.Equal(
            1,
            await CountAsync("insights.team_session_ratings", "value = 'a-little' AND felt_safe = 'partly'")
        );
        await HubWorkReachedInsightsAsync();

        // Onward referral and stepped care (issue 20): the kinds arrive, never the marked names or notes (below).
        Assert.Equal(
            2L,
            await system.Database.CountAsync(
                "SELECT count(*) FROM insights.onward_referrals WHERE destination_kind IN ('gp', 'charity-or-helpline')"
            )
        );
        Assert.Equal(
            1L,
            await system.Database.CountAsync(
                "SELECT count(*) FROM insights.onward_referrals WHERE outcome = 'accepted'"
            )
        );
        Assert.Equal(
            1L,
            await system.Database.CountAsync("SELECT count(*) FROM insights.care_steps WHERE direction = 'across'")
        );

        // Allocations and appointment times (issue 20): whether the ticked language was met, as a code (the onward
        // journey's clinician speaks it, the others have no profile), and each booking's out-of-hours flag.
        Assert.Equal(journeys.Allocations.Count, await CountAsync("insights.allocations", "true"));
        Assert.Equal(1, journeys.Allocations.Count(a => a == "met"));
        foreach (var code in journeys.Allocations.Distinct())
        {
            var allocated = journeys.Allocations.Count(a => a == code);
            Assert.Equal(allocated, await CountAsync("insights.allocations", $"wishes = '{code}'"));
        }

        Assert.Equal(journeys.Bookings.Count, await CountAsync("insights.appointment_times", "true"));
        Assert.Equal(
            journeys.Bookings.Count(OutOfLondonHours),
            await CountAsync("insights.appointment_times", "out_of_hours")
        );

        // Staff search by each marked person's name and email (issue 17): what is typed reaches no log, contract or
        // table.
        var searcher = new PageClient(
            system
                .Web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                .As(TestPrincipal.Clinician("north"))
        );
        foreach (var typed in markers.Take(4).SelectMany(m => new[] { m, $"mail{m}@example.org" }))
        {
            var found = await searcher.SubmitAsync("/clinic/search", new Dictionary<string, string> { ["Q"] = typed });
            Assert.Contains("1 person found", found.Html, StringComparison.Ordinal);
        }

        var contracts = await taps.DrainAsync();
        Assert.Equal(journeys.Milestones, contracts.Values.Sum(c => c.Count));
        Assert.All(ContractTaps.ContractTypes, type => Assert.NotEmpty(contracts[type]));
        var published = string.Join('\n', contracts.Values.SelectMany(c => c));
        var tables = await InsightsTables.DumpAsync(system.Database.Admin);
        var views = await StakeholderViews.ReadAllAsync(insights);
        var everywhere = string.Join(
            '\n',
            published,
            feed.GetRawText(),
            tables,
            views,
            await File.ReadAllTextAsync(system.WebLog),
            await File.ReadAllTextAsync(system.InsightsLog)
        );
        Assert.All(markers, marker => Assert.DoesNotContain(marker, everywhere, StringComparison.OrdinalIgnoreCase));
        foreach (var department in markers.Skip(14).Take(2).Select(MarkedJourneys.LettersOnly))
        {
            Assert.DoesNotContain(department, everywhere, StringComparison.OrdinalIgnoreCase);
        }
        Assert.DoesNotContain("07700 900", everywhere);
        var anonymisedSide = string.Join('\n', published, feed.GetRawText(), tables, views);
        Assert.All(journeys.Ids, id => Assert.DoesNotContain(id, anonymisedSide, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<int> CountAsync(string table, string where) =>
        (int)await system.Database.CountAsync($"SELECT count(*) FROM {table} WHERE {where}");

    /// <summary>The default opening hours (Monday to Friday, 09:00 to 17:00, London) for a 50-minute booking.</summary>
    private static bool OutOfLondonHours(DateTimeOffset startsAt)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var (start, end) = (
            TimeZoneInfo.ConvertTime(startsAt, zone).DateTime,
            TimeZoneInfo.ConvertTime(startsAt.AddMinutes(50), zone).DateTime
        );
        return start.Date != end.Date
            || start.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
            || start.TimeOfDay < TimeSpan.FromHours(9)
            || end.TimeOfDay > TimeSpan.FromHours(17);
    }

    private PageClient PagesAs(TestPrincipal who) =>
        new(system.Web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).As(who));
}
