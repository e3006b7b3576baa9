using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hubs.Web.Features.TeamActivities;
using Hubs.Web.Features.TeamActivities.RatingTeamSession;
using Hubs.Web.Tests.Clinic;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Evaluation;

/// <summary>
/// The one-minute rating of a team session: opened by the Hub for a held session, answered without an account
/// through its code, capped by the head count so one shared code cannot be answered more times than people came.
/// </summary>
public sealed partial class TeamSessionRatingTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Ratings_open_only_on_a_held_session_and_stop_at_the_head_count()
    {
        var planned = new TeamActivity(
            Guid.NewGuid(),
            "north",
            TeamActivityKind.TeamSession,
            "Ward 7",
            Now,
            60,
            Guid.Empty
        );
        var held = planned.Apply(new TeamActivityHeld(planned.Id, Now, 2));

        Assert.Equal("not-held", TeamSessionRatingDecisions.Open(planned, Now, "abc").Refusal?.Code);
        Assert.Equal(
            "not-open",
            TeamSessionRatingDecisions.Rate(held, SessionValue.Very, FeltSafe.Yes, Now).Refusal?.Code
        );
        var open = held.Apply(
            Assert.IsType<TeamSessionRatingOpened>(
                Assert.Single(TeamSessionRatingDecisions.Open(held, Now, "abc").Events)
            )
        );
        var once = open.Apply(new TeamSessionRated(open.Id, Now, SessionValue.Very, FeltSafe.Yes));
        var twice = once.Apply(new TeamSessionRated(open.Id, Now, SessionValue.Quite, FeltSafe.Partly));

        Assert.Single(TeamSessionRatingDecisions.Rate(once, SessionValue.NotAtAll, FeltSafe.No, Now).Events);
        Assert.Equal(
            "rating-full",
            TeamSessionRatingDecisions.Rate(twice, SessionValue.Very, FeltSafe.Yes, Now).Refusal?.Code
        );
        Assert.Equal("already-open", TeamSessionRatingDecisions.Open(open, Now, "xyz").Refusal?.Code);
    }

    [Fact]
    public async Task Anyone_with_the_code_answers_once_per_attendee_and_the_form_then_closes()
    {
        var lead = ClinicFixture.Lead();
        var id = await HeldAsync(lead, attended: 2);
        var opened = await clinic.As(lead).SubmitAsync($"/clinic/team/{id}/rating", new Dictionary<string, string>());
        var code = Code().Match(opened.Html).Groups["code"].Value;
        Assert.Equal(12, code.Length);
        var anonymous = new Hubs.Web.Testing.PageClient(
            clinic.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
        );

        var wrong = await anonymous.SubmitAsync($"/rate/{code}", Answer("Brilliant", "Yes"));
        Assert.True(wrong.HasErrorFor("Value"), wrong.Html);
        var first = await anonymous.SubmitAsync($"/rate/{code}", Answer("Very", "Yes"));
        var second = await anonymous.SubmitAsync($"/rate/{code}", Answer("Somewhat", "Partly"));
        var third = await anonymous.GetAsync($"/rate/{code}");

        Assert.Contains("Thank you. Your answer is anonymous", first.Html, StringComparison.Ordinal);
        Assert.Contains("Thank you. Your answer is anonymous", second.Html, StringComparison.Ordinal);
        Assert.Contains("Everyone who attended has already answered", third.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\" novalidate>", third.Html, StringComparison.Ordinal);
        // Another code: the last character changed (a random code may already end in x).
        var other = $"{code[..^1]}{(code[^1] == 'x' ? 'y' : 'x')}";
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/rate/{other}")).Status);
        await using var session = clinic.Store.QuerySession();
        Assert.Equal(2, (await session.LoadAsync<TeamActivity>(id))!.Ratings);
    }

    private async Task<Guid> HeldAsync(Staff lead, int attended)
    {
        var http = clinic.App.CreateClient();
        var planned = await http.SendAsync(
            lead.Request(
                HttpMethod.Post,
                "/api/team-activities",
                new
                {
                    kind = "team-session",
                    team = "Ward 7",
                    startsAt = DateTimeOffset.UtcNow.AddDays(1),
                    durationMinutes = 60,
                    facilitatorId = Guid.NewGuid(),
                }
            )
        );
        var id = (await planned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var held = await http.SendAsync(
            lead.Request(
                HttpMethod.Post,
                $"/api/team-activities/{id}/held",
                new { attendanceCount = attended },
                version: 1
            )
        );
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        return id;
    }

    private static Dictionary<string, string> Answer(string value, string safe) =>
        new(StringComparer.Ordinal) { ["Value"] = value, ["Safe"] = safe };

    [GeneratedRegex("id=\"rating-code\">(?<code>[a-z0-9]+)<")]
    private static partial Regex Code();
}
