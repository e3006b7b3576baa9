using System.Net;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Measures.PreSession;

/// <summary>
/// PHQ-9 and GAD-7 answered by the keyworker before a session, through their own page, scored and banded on every
/// boundary (src/DOMAIN-RULES.md; bands inclusive): the results as recorded on the journey.
/// </summary>
public sealed class PreSessionMeasureBandTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    public static TheoryData<int, string, bool, int, string, bool> Boundaries =>
        new()
        {
            { 4, "minimal", false, 4, "minimal", false },
            { 5, "mild", false, 5, "mild", false },
            { 9, "mild", false, 7, "mild", false },
            { 10, "moderate", true, 8, "mild", true },
            { 14, "moderate", true, 9, "mild", true },
            { 15, "moderately-severe", true, 10, "moderate", true },
            { 19, "moderately-severe", true, 14, "moderate", true },
            { 20, "severe", true, 15, "severe", true },
            { 24, "severe", true, 21, "severe", true },
        };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public async Task Each_total_is_banded_as_published(
        int phq9,
        string phq9Band,
        bool phq9Caseness,
        int gad7,
        string gad7Band,
        bool gad7Caseness
    )
    {
        var walk = await PreSessionWalk.BookedAsync(web, Staff.Clinician());
        var keyworker = walk.SignIn();

        var first = await PreSessionWalk.AnswerAsync(
            keyworker,
            walk.Path,
            PreSessionWalk.Totalling(MeasureId.Phq9, phq9)
        );
        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        var next = await keyworker.GetAsync(walk.Path);
        Assert.Contains("questionnaire 2 of", next.Html, StringComparison.Ordinal);
        var last = await PreSessionWalk.PostAsync(
            keyworker,
            walk.Path,
            next.Html,
            PreSessionWalk.Totalling(MeasureId.Gad7, gad7)
        );
        Assert.Equal(HttpStatusCode.Redirect, last.Status);

        var events = await walk.EventsAsync();
        var results = events
            .OfType<MeasureCompleted>()
            .Where(e => e.Occasion == MeasureOccasion.PreSession)
            .ToDictionary(e => e.Measure);
        Assert.Equal((phq9, phq9Band, phq9Caseness), Read(results[MeasureId.Phq9]));
        Assert.Equal((gad7, gad7Band, gad7Caseness), Read(results[MeasureId.Gad7]));
        Assert.All(results.Values, r => Assert.Equal((MeasureGivenBy.Keyworker, null), (r.GivenBy, r.ClinicianId)));
        Assert.Equal(walk.AppointmentId, Assert.Single(events.OfType<PreSessionMeasuresCompleted>()).AppointmentId);
        Assert.DoesNotContain(events, e => e is RiskFlagRaised);
        Assert.Contains("Thank you", (await keyworker.GetAsync(walk.Path)).Html, StringComparison.Ordinal);
    }

    private static (int, string, bool?) Read(MeasureCompleted result) => (result.Total, result.Band, result.AtCaseness);
}
