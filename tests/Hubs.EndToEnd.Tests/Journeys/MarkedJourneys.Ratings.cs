using System.Text.RegularExpressions;
using Hubs.Web.Testing;

namespace Hubs.EndToEnd.Tests.Journeys;

public sealed partial class MarkedJourneys
{
    /// <summary>
    /// A team activity as <see cref="TeamActivityAsync"/>, then its one-minute rating (issue 19) opened by
    /// <paramref name="staff"/> of its Hub on the rating page and answered anonymously twice through its code: "very"
    /// valuable and safe to speak, then "a little" and partly safe. 5 events, 4 milestones (planned, held, 2 ratings).
    /// </summary>
    public async Task RatedTeamActivityAsync(string marker, int attendance, PageClient staff, string hubId = "north")
    {
        ArgumentNullException.ThrowIfNull(staff);
        var id = await TeamActivityAsync(marker, attendance, hubId);
        var opened = await staff.SubmitAsync($"/clinic/team/{id}/rating", new Dictionary<string, string>());
        var code = RatingCode().Match(opened.Html).Groups["code"].Value;
        Assert.Equal(12, code.Length);
        await CountAsync(false);
        var anyone = new PageClient(http);
        foreach (var (value, safe) in new[] { ("Very", "Yes"), ("ALittle", "Partly") })
        {
            var rated = await anyone.SubmitAsync(
                $"/rate/{code}",
                new Dictionary<string, string> { ["Value"] = value, ["Safe"] = safe }
            );
            Assert.Contains("Thank you.", rated.Html, StringComparison.Ordinal);
            await CountAsync(true);
        }
    }

    [GeneratedRegex("id=\"rating-code\">(?<code>[a-z0-9]+)<")]
    private static partial Regex RatingCode();
}
