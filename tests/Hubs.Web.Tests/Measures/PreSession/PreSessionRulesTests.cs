using System.Net;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Tests.Questionnaires;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Measures.PreSession;

/// <summary>
/// The keyworker's questions before a session, through their own page: a self-harm answer handled as at screening,
/// save and resume after signing in again, answered once per session, and nothing for someone else, after the
/// journey ends or for an appointment that is no longer to come.
/// </summary>
public sealed class PreSessionRulesTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Theory]
    [InlineData(1, RiskLevel.Flag)]
    [InlineData(2, RiskLevel.Urgent)]
    [InlineData(3, RiskLevel.Urgent)]
    public async Task A_self_harm_answer_raises_the_risk_at_once_and_shows_the_screenings_urgent_help(
        int item9,
        RiskLevel level
    )
    {
        var walk = await PreSessionWalk.BookedAsync(web, Staff.Clinician());
        var keyworker = walk.SignIn();
        var phq9 = Answers.Of(MeasureId.Phq9, 0, 1, 0, 0, 0, 0, 0, 0, item9);

        var saved = await PreSessionWalk.AnswerAsync(keyworker, walk.Path, phq9);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var support = await keyworker.GetAsync(saved.Location!.ToString());
        Assert.Contains("Thank you for telling us", support.Html, StringComparison.Ordinal);
        Assert.Contains("If you need help now", support.Html, StringComparison.Ordinal);
        Assert.Contains("Samaritans on 116 123", support.Html, StringComparison.Ordinal);
        Assert.Contains("carry on with", support.Html, StringComparison.Ordinal);
        // Raised before the questions end (GAD-7 is still to answer), as at screening.
        var events = await walk.EventsAsync();
        var flag = Assert.Single(events.OfType<RiskFlagRaised>());
        Assert.Equal((level, RiskSource.BeforeSession), (flag.Level, flag.Source));
        Assert.DoesNotContain(events, e => e is MeasureCompleted { Occasion: MeasureOccasion.PreSession });
        var record = await walk.Journey.GetAsync(Staff.Lead());
        Assert.Equal(level.ToString().ToLowerInvariant(), record.GetProperty("risk").GetString());
    }

    [Fact]
    public async Task Answers_saved_for_later_are_there_after_signing_in_again()
    {
        var walk = await PreSessionWalk.BookedAsync(web, Staff.Clinician());
        var phq9 = Answers.Of(MeasureId.Phq9, 2, 1, 3, 0, 1, 2, 0, 1, 0);
        var firstHalf = phq9.Take(4).ToDictionary();

        var later = await PreSessionWalk.AnswerAsync(walk.SignIn(), walk.Path, firstHalf, later: true);
        Assert.Equal(HttpStatusCode.Redirect, later.Status);
        Assert.Contains("saved", later.Location!.ToString(), StringComparison.OrdinalIgnoreCase);

        var again = walk.SignIn();
        var resumed = await again.GetAsync(walk.Path);
        Assert.Contains("questionnaire 1 of 2", resumed.Html, StringComparison.Ordinal);
        // Only the rest is sent: the answers given before come back ticked on the page.
        var rest = await PreSessionWalk.PostAsync(again, walk.Path, resumed.Html, phq9.Skip(4).ToDictionary());
        Assert.Equal(HttpStatusCode.Redirect, rest.Status);
        var next = await again.GetAsync(walk.Path);
        Assert.Contains("questionnaire 2 of 2", next.Html, StringComparison.Ordinal);
        await PreSessionWalk.PostAsync(again, walk.Path, next.Html, PreSessionWalk.Totalling(MeasureId.Gad7, 6));

        var result = (await walk.EventsAsync())
            .OfType<MeasureCompleted>()
            .Single(e => e is { Measure: MeasureId.Phq9, Occasion: MeasureOccasion.PreSession });
        Assert.Equal((10, "moderate"), (result.Total, result.Band));
        Assert.Equal(phq9, result.Answers.Value);
        Assert.Equal(
            2,
            (await walk.EventsAsync()).OfType<PreSessionAnswersSaved>().Count(e => e.Measure == MeasureId.Phq9)
        );
    }

    [Fact]
    public async Task The_questions_are_answered_once_a_second_sending_is_refused_and_nothing_is_written()
    {
        var walk = await PreSessionWalk.BookedAsync(web, Staff.Clinician());
        var keyworker = walk.SignIn();
        await PreSessionWalk.AnswerAsync(keyworker, walk.Path, PreSessionWalk.Totalling(MeasureId.Phq9, 8));
        var gad7Page = await keyworker.GetAsync(walk.Path);
        var gad7 = PreSessionWalk.Totalling(MeasureId.Gad7, 3);
        await PreSessionWalk.PostAsync(keyworker, walk.Path, gad7Page.Html, gad7);
        var version = await VersionAsync(walk.Journey.Id);

        var again = await PreSessionWalk.PostAsync(keyworker, walk.Path, gad7Page.Html, gad7);

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("You answered the questions for this session on", again.Html, StringComparison.Ordinal);
        Assert.Equal(version, await VersionAsync(walk.Journey.Id));
        var shown = await keyworker.GetAsync(walk.Path);
        Assert.DoesNotContain("<form method=\"post\" novalidate", shown.Html, StringComparison.Ordinal);
        Assert.Equal(
            2,
            (await walk.EventsAsync()).OfType<MeasureCompleted>().Count(e => e.Occasion == MeasureOccasion.PreSession)
        );
    }

    [Fact]
    public async Task Nothing_can_be_answered_after_discharge_or_for_a_cancelled_appointment()
    {
        var (clinician, other) = (Staff.Clinician(), Staff.Clinician());
        var ended = await PreSessionWalk.BookedAsync(web, clinician);
        var cancelled = await PreSessionWalk.BookedAsync(web, other);
        // Forms opened while the questions were open, sent (from the same browser) after they closed.
        var (endedBrowser, cancelledBrowser) = (ended.SignIn(), cancelled.SignIn());
        var endedPage = await endedBrowser.GetAsync(ended.Path);
        var cancelledPage = await cancelledBrowser.GetAsync(cancelled.Path);
        await ended.Journey.OkAsync(clinician, "discharge", new { reason = "declined", summary = "Chose another." });
        await cancelled.Journey.OkAsync(
            other,
            $"appointments/{cancelled.AppointmentId}/cancellation",
            new { by = "hub", reason = "Clinician unwell." }
        );

        foreach (var walk in new[] { ended, cancelled })
        {
            var version = await VersionAsync(walk.Journey.Id);
            var shown = await walk.SignIn().GetAsync(walk.Path);
            Assert.Equal(HttpStatusCode.OK, shown.Status);
            var why = walk == ended ? "Your support from the Hub has ended" : "no longer booked";
            Assert.Contains(why, shown.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("<form method=\"post\" novalidate", shown.Html, StringComparison.Ordinal);
            var html = walk == ended ? endedPage.Html : cancelledPage.Html;
            var sent = await PreSessionWalk.PostAsync(
                walk == ended ? endedBrowser : cancelledBrowser,
                walk.Path,
                html,
                PreSessionWalk.Totalling(MeasureId.Phq9, 12)
            );
            Assert.Equal(HttpStatusCode.OK, sent.Status);
            Assert.Equal(version, await VersionAsync(walk.Journey.Id));
        }
    }

    [Fact]
    public async Task Another_keyworker_gets_nothing_and_writes_nothing()
    {
        var walk = await PreSessionWalk.BookedAsync(web, Staff.Clinician());
        var theirs = await PreSessionWalk.BookedAsync(web, Staff.Clinician());
        var other = walk.SignIn(theirs.Journey.Keyworker);
        var form = await other.GetAsync(theirs.Path);
        var version = await VersionAsync(walk.Journey.Id);

        var opened = await other.GetAsync(walk.Path);
        var sent = await PreSessionWalk.PostAsync(
            other,
            walk.Path,
            form.Html,
            PreSessionWalk.Totalling(MeasureId.Phq9, 3)
        );
        var wrongAppointment = await walk.SignIn()
            .GetAsync($"/my/journeys/{walk.Journey.Id}/appointments/{theirs.AppointmentId}/questions");

        Assert.Equal(
            (HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
            (opened.Status, sent.Status, wrongAppointment.Status)
        );
        Assert.Equal(version, await VersionAsync(walk.Journey.Id));
    }

    private async Task<long> VersionAsync(Guid id)
    {
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamStateAsync(id))!.Version;
    }
}
