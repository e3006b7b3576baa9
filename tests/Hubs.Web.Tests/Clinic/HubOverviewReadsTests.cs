using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ManagingRisk;
using Hubs.Web.Features.Journeys.OverseeingHub;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Operations.Scale;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// Issue 22: the hub overview reads only what it shows (the open journeys once, the listed risk events sealed and
/// by type, the waiting list's counts from its index). Over synthetic journeys of two Hubs as the scale seeder tells
/// them (every stage, discharged and withdrawn ones, urgent and flagged risk), plus risk concerns and an assessment
/// that ends a risk, its figures equal those worked out from the Hub's whole lists, and the other Hub's never count.
/// </summary>
public sealed class HubOverviewReadsTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private const string Hub = "north";

    [Fact]
    public async Task The_overview_figures_equal_those_of_the_Hubs_whole_lists_and_no_other_Hubs_journey_counts()
    {
        var now = clinic.Clock.GetUtcNow();
        await SeedAsync(now);
        await using var session = clinic.Store.QuerySession();
        var all = await session.Query<JourneySummary>().ToListAsync();
        var mine = all.Where(j => j.HubId == Hub).ToList();
        Assert.Contains(all, j => j.HubId != Hub && !j.HasEnded && j.Risk != RiskLevel.None);
        Assert.All(
            new[] { JourneyStatus.Discharged, JourneyStatus.Withdrawn, JourneyStatus.Waiting, JourneyStatus.InSupport },
            status => Assert.Contains(mine, j => j.Status == status)
        );

        var open = await OpenJourneys.ReadAsync(session, Hub, default);
        Assert.Equal(mine.Where(j => !j.HasEnded).Select(j => j.Id).Order(), open.Select(j => j.Id).Order());
        Assert.Equal(Sorted(HubFigures.Flags(mine, now)), Sorted(HubFigures.Flags(open, now)));
        var clinicians = mine.Select(j => j.ClinicianId)
            .OfType<Guid>()
            .Distinct()
            .Select((id, i) => new ClinicianProfile(id, Hub, $"Clinician {i}"))
            .ToList();
        Assert.Equal(
            HubFigures.Supervision(mine, clinicians, now, 21),
            HubFigures.Supervision(open, clinicians, now, 21)
        );

        var atRisk = mine.Where(j => !j.HasEnded && j.Risk != RiskLevel.None).ToList();
        Assert.Contains(atRisk, j => j.Risk == RiskLevel.Urgent);
        Assert.Contains(atRisk, j => j.Risk == RiskLevel.Flag);
        var (risks, noContact) = await OpenRisks.PageAsync(session, open, now, 21, (1, 1000), default);
        Assert.Equal(
            atRisk.Select(j => j.Id).Order(),
            risks.Urgent.Concat(risks.Others).Select(r => r.JourneyId).Order()
        );
        Assert.Equal(atRisk.Count(j => j.Risk == RiskLevel.Urgent), risks.Urgent.Count);
        Assert.Equal(atRisk.Count(j => Features.Journeys.Contact.DaysSince(j, now) > 21), noContact);
        foreach (var row in risks.Urgent.Concat(risks.Others))
        {
            var events = await session.Events.FetchStreamAsync(row.JourneyId);
            var latest = RiskHistory.From(events.Select(e => e.Data)).Latest;
            Assert.Equal(
                (latest?.At, latest?.Source, latest?.Level),
                (row.Latest?.At, row.Latest?.Source, row.Latest?.Level)
            );
        }

        var list = await WaitingList.ListAsync(session, Hub, now, default);
        var page = await WaitingListPage.ReadAsync(session, Hub, now, (2, 5), (42, 126), default);
        Assert.NotEmpty(list);
        Assert.Equal(
            (list.Count, list.Count(r => r.DaysWaited > 42), list.Count(r => r.DaysWaited > 126)),
            (page.Total, page.PastSixWeeks, page.PastEighteenWeeks)
        );
        Assert.Equal(list.Skip(5).Take(5).Select(r => r.JourneyId), page.Rows.Select(r => r.JourneyId));

        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        DateOnly Local(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, london).DateTime);
        var counted = await HubWaitCounts.ReadAsync(session, Hub, Local(now), "Europe/London", default);
        var defined = HubWaits.Of(mine, Local(now), Local);
        Assert.Equal(defined.Open, counted.Open);
        Assert.Equal(defined.Completed, counted.Completed);

        var lead = await clinic.As(ClinicFixture.Lead(Hub)).GetAsync("/clinic/hub");
        Assert.Contains($"{list.Count} waiting: {page.PastSixWeeks} past 6 weeks", lead.Html, StringComparison.Ordinal);
        Assert.Contains($"{atRisk.Count} open cases at risk; {noContact} with no", lead.Html, StringComparison.Ordinal);
    }

    private static IEnumerable<CaseFlag> Sorted(IEnumerable<CaseFlag> flags) => flags.OrderBy(f => f.JourneyId);

    /// <summary>
    /// 160 seeded journeys over both Hubs (one year, so many are still open); then a clinician's concern on four open
    /// journeys of this Hub without risk (two urgent, two flagged), the last one then assessed as at no current risk,
    /// and an urgent one on an open journey of the other Hub.
    /// </summary>
    private async Task SeedAsync(DateTimeOffset now)
    {
        var plan = new ScalePlan(160, [Hub, "south"], Seed: 22, Years: 1);
        var journeys = Enumerable.Range(0, plan.Journeys).Select(n => ScaleJourney.Make(n, plan, now)).ToList();
        var keys = clinic.App.Services.GetRequiredService<KeyworkerKeys>();
        await keys.CreateManyAsync(journeys.Select(j => j.Keyworker), default);
        await using var session = clinic.Store.LightweightSession();
        foreach (var journey in journeys)
        {
            session.Events.StartStream(journey.Id, journey.Events.Cast<object>().ToArray());
        }

        await session.SaveChangesAsync();
        var open = (await session.Query<JourneySummary>().ToListAsync()).Where(j => !j.HasEnded).ToList();
        var clinician = ClinicianSeed.IdFor(Hub, 0);
        var concerned = open.Where(j => j.HubId == Hub && j.Risk == RiskLevel.None).Take(4).ToList();
        Assert.Equal(4, concerned.Count);
        var levels = new[] { RiskLevel.Urgent, RiskLevel.Urgent, RiskLevel.Flag, RiskLevel.Flag, RiskLevel.Urgent };
        var elsewhere = open.First(j => j.HubId != Hub && j.Risk == RiskLevel.None);
        foreach (var (journey, level) in concerned.Append(elsewhere).Zip(levels))
        {
            session.Events.Append(
                journey.Id,
                new RiskConcernRaised(
                    journey.Id,
                    now.AddDays(-30),
                    clinician,
                    RiskSource.ClinicianConcern,
                    level,
                    Personal.Of(journey.Id, "Synthetic concern.")
                )
            );
        }

        var assessed = concerned[^1];
        session.Events.Append(
            assessed.Id,
            new RiskAssessmentRecorded(
                assessed.Id,
                now.AddDays(-1),
                clinician,
                RiskLevel.None,
                DateOnly.FromDateTime(now.UtcDateTime.AddDays(30)),
                Personal.Of(assessed.Id, new RiskFormulation("Synthetic.", "Synthetic.", "Synthetic."))
            )
        );
        await session.SaveChangesAsync();
    }
}
