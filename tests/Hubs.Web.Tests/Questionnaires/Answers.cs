using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Questionnaires;

/// <summary>Answer sets for tests, written the way a clinician reads a form: values in item order.</summary>
internal static class Answers
{
    public static Dictionary<string, int> Of(MeasureId measure, params int[] values)
    {
        var items = Catalogue.Get(measure).Items;
        Assert.Equal(items.Count, values.Length);
        return items.Zip(values).ToDictionary(p => p.First.Id, p => p.Second);
    }

    /// <summary>
    /// Valid answers adding up to <paramref name="total"/>: items with the fewest allowed values are filled
    /// first (AUDIT 9–10 score only 0/2/4), each with the largest value that still fits.
    /// </summary>
    public static Dictionary<string, int> Totalling(MeasureId measure, int total)
    {
        var answers = new Dictionary<string, int>();
        var left = total;
        foreach (var item in Catalogue.Get(measure).Items.OrderBy(i => i.Options.Count))
        {
            answers[item.Id] = item.Options.Select(o => o.Value).Where(v => v <= left).Max();
            left -= answers[item.Id];
        }

        Assert.Equal(0, left);
        return answers;
    }

    public static ScoreResult Scored(
        MeasureId measure,
        IReadOnlyDictionary<string, int> answers,
        ScoringOptions? options = null
    ) => Assert.IsType<ScoreResult>(Scoring.Score(measure, answers, options));

    public static ScoringError Rejected(
        MeasureId measure,
        IReadOnlyDictionary<string, int> answers,
        ScoringOptions? options = null
    ) => Assert.IsType<ScoringError>(Scoring.Score(measure, answers, options));
}
