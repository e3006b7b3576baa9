using System.Net;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Tests.HubSettings;
using Hubs.Web.Tests.Questionnaires;
using SettingsOfAHub = Hubs.Web.Features.Hubs.ChangingSettings.HubSettings;

namespace Hubs.Web.Tests.Measures.PreSession;

/// <summary>
/// Every questionnaire a Hub may ask before a session besides PHQ-9 and GAD-7 (those are in
/// <see cref="PreSessionMeasureBandTests"/>), answered by the keyworker on their own page and banded on the same
/// boundaries as when a clinician gives it (<see cref="AdministeredMeasureBandTests"/>), ITQ's PTSD and complex
/// PTSD included: the result as recorded on the journey.
/// </summary>
public sealed class PreSessionEveryBandTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    public static IEnumerable<object?[]> Boundaries =>
        AdministeredMeasureBandTests
            .Boundaries.Where(row =>
                row[0] is MeasureId measure
                && measure is not (MeasureId.Phq9 or MeasureId.Gad7)
                && SettingsOfAHub.AllowedSessionMeasures.Contains(measure)
            )
            .Select(row => new[] { row[0], row[1], row[2] });

    [Theory]
    [MemberData(nameof(Boundaries))]
    public async Task Each_total_is_banded_as_when_a_clinician_gives_it(MeasureId measure, int total, string band)
    {
        var result = await AnsweredAsync(measure, Answers.Totalling(measure, total));

        Assert.Equal((total, band), (result.Total, result.Band));
    }

    [Theory]
    [MemberData(nameof(AdministeredMeasureBandTests.ItqCases), MemberType = typeof(AdministeredMeasureBandTests))]
    public async Task Itq_gives_complex_ptsd_ptsd_or_neither_by_its_clusters(string diagnosis, int[] values)
    {
        var result = await AnsweredAsync(MeasureId.Itq, Answers.Of(MeasureId.Itq, values));

        Assert.Equal(diagnosis, result.Band);
    }

    /// <summary>The Hub asks only this questionnaire; the keyworker answers it before a session next week.</summary>
    private async Task<MeasureCompleted> AnsweredAsync(MeasureId measure, Dictionary<string, int> answers)
    {
        var admin = SessionMeasuresForm.Admin(web.Host);
        Assert.Equal(HttpStatusCode.Redirect, (await SessionMeasuresForm.SaveAsync(admin, measure.ToString())).Status);
        var walk = await PreSessionWalk.BookedAsync(web, Staff.Clinician());

        var answered = await PreSessionWalk.AnswerAsync(walk.SignIn(), walk.Path, answers);

        Assert.Equal(HttpStatusCode.Redirect, answered.Status);
        var result = Assert.Single((await walk.EventsAsync()).OfType<MeasureCompleted>(), e =>
            e.Occasion == MeasureOccasion.PreSession
        );
        Assert.Equal((measure, MeasureGivenBy.Keyworker), (result.Measure, result.GivenBy));
        return result;
    }
}
