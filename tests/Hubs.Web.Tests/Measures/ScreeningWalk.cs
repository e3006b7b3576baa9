using System.Text.Json;
using Hubs.Web.Features.Questionnaires;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Settings = Hubs.Web.Features.Hubs.ChangingSettings.HubSettings;

namespace Hubs.Web.Tests.Measures;

/// <summary>A keyworker answers the whole adaptive screening over the API; items not chosen are answered 0.</summary>
internal static class ScreeningWalk
{
    /// <summary>Answers every step the plan asks; returns the measures asked, in order.</summary>
    public static async Task<List<string>> AnswerAsync(JourneyClient journey, IReadOnlyDictionary<string, int> chosen)
    {
        var asked = new List<string>();
        var step = await journey.GetAsKeyworkerAsync("/screening");
        while (step.GetProperty("next").GetString() == "ask")
        {
            var measure = step.GetProperty("measure").GetString()!;
            asked.Add(measure);
            var answers = step.GetProperty("items")
                .EnumerateArray()
                .Select(i => i.GetProperty("id").GetString()!)
                .ToDictionary(id => id, id => chosen.GetValueOrDefault(id));
            step = await journey.OkAsync(
                null,
                "screening/answers",
                new
                {
                    source = "online",
                    measure,
                    answers,
                }
            );
        }

        return asked;
    }

    /// <summary>
    /// The Hub's screening asks these optional measures, with this PCL-5 cut-off (as a hub admin saves them).
    /// </summary>
    public static async Task ConfigureAsync(
        IServiceProvider services,
        string hubId,
        int pcl5CutOff,
        params MeasureId[] optional
    )
    {
        await using var session = services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Store(
            new Settings
            {
                Id = hubId,
                OptionalMeasures = [.. optional],
                Pcl5CutOff = pcl5CutOff,
            }
        );
        await session.SaveChangesAsync();
    }

    /// <summary>The queue's row for one journey (its table row), so a test reads that journey's cells only.</summary>
    public static string RowOf(string html, Guid journeyId)
    {
        var at = html.IndexOf(journeyId.ToString(), StringComparison.Ordinal);
        Assert.True(at > 0, $"journey {journeyId} is not on the page");
        var start = html.LastIndexOf("<tr", at, StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }

    public static string Text(JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
