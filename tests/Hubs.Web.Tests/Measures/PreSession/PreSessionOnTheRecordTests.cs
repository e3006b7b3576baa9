using System.Net;
using System.Text.RegularExpressions;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Questionnaires;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Web.Tests.Measures.PreSession;

/// <summary>
/// The keyworker's PHQ-9 and GAD-7 answered before a session are scores like any other on the clinician's record: a
/// point on each trend chart (with its caseness line and reliable change against the first score), a row under it,
/// and the last score on the discharge form's first-and-last pairs.
/// </summary>
public sealed partial class PreSessionOnTheRecordTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task The_keyworkers_answers_before_a_session_are_charted_and_paired_on_the_record()
    {
        // Screened 12/9, assessed 13/11 (JourneySteps), then 4/3 answered by the keyworker before the session: a fall
        // of 8 and 6 from the first scores, reliable improvement on both (6 and 4 or more).
        var clinician = Staff.Clinician();
        var walk = await PreSessionWalk.BookedAsync(web, clinician);
        var keyworker = walk.SignIn();
        await PreSessionWalk.AnswerAsync(keyworker, walk.Path, PreSessionWalk.Totalling(MeasureId.Phq9, 4));
        await PreSessionWalk.AnswerAsync(keyworker, walk.Path, PreSessionWalk.Totalling(MeasureId.Gad7, 3));
        var clinic = new PageClient(
            web.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                .As(clinician.Principal)
        );

        var record = await clinic.GetAsync($"/clinic/journeys/{walk.Journey.Id}");
        var discharge = await clinic.GetAsync($"/clinic/journeys/{walk.Journey.Id}/discharge");

        Assert.Equal(HttpStatusCode.OK, record.Status);
        Assert.Contains(
            "PHQ-9 (depression): 3 scores, first 12, latest 4 (a reliable improvement). Caseness is 10 or more.",
            record.Html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "GAD-7 (anxiety): 3 scores, first 9, latest 3 (a reliable improvement). Caseness is 8 or more.",
            record.Html,
            StringComparison.Ordinal
        );
        Assert.Equal(["Screen|12|0", "Assess|13|+1", "Pre|4|-8"], ChartRows(record.Html, "PHQ-9"));
        Assert.Equal(["Screen|9|0", "Assess|11|+2", "Pre|3|-6"], ChartRows(record.Html, "GAD-7"));
        Assert.Contains("\"Pre\": answered by the keyworker before a session", record.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, discharge.Status);
        Assert.Contains("<td class=\"nhsuk-table__cell\">-8: reliable improvement</td>", discharge.Html);
        Assert.Contains("<td class=\"nhsuk-table__cell\">-6: reliable improvement</td>", discharge.Html);
    }

    /// <summary>The rows of the score table under a measure's chart: occasion, score, change from the first.</summary>
    private static List<string> ChartRows(string html, string measure)
    {
        var table = Regex
            .Match(
                html,
                $"<caption[^>]*>{Regex.Escape(measure)} \\([a-z]+\\) scores</caption>.*?</table>",
                RegexOptions.Singleline
            )
            .Value;
        return
        [
            .. Row()
                .Matches(table)
                .Select(m =>
                    WebUtility.HtmlDecode(
                        $"{m.Groups["label"].Value}|{m.Groups["score"].Value}|{m.Groups["change"].Value}"
                    )
                ),
        ];
    }

    [GeneratedRegex(
        "<td class=\"nhsuk-table__cell\">(?<label>[^<]+)</td>\\s*<td class=\"nhsuk-table__cell\">(?<score>\\d+)"
            + "[^<]*</td>\\s*<td class=\"nhsuk-table__cell\">(?<change>[^<]+)</td>"
    )]
    private static partial Regex Row();
}
