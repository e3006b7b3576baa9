namespace Hubs.Web.Features.Questionnaires;

/// <summary>
/// The steps known so far, in order: each brief screen, with any risk item of its full measure straight after it
/// (asked whatever the screen shows); then the rest of each full measure whose brief screen is positive (the
/// brief answers and the risk item are reused, not asked again); then the Hub's optional measures.
/// </summary>
internal static class ScreeningSteps
{
    private static readonly IReadOnlyList<MeasureDefinition> BriefScreens =
    [
        .. Catalogue.All.Where(m => m.Role == ScreeningRole.BriefScreen),
    ];

    public static IReadOnlyList<PlannedStep> Known(ScreeningConfiguration configuration, ScreeningAnswers answers)
    {
        var steps = new List<PlannedStep>();
        foreach (var brief in BriefScreens)
        {
            steps.Add(new(brief.Id, brief.Items));
            var full = FullMeasureOf(brief);
            var riskItems = full.Items.Where(i => i.Risk is not null && !brief.HasItem(i.Id)).ToList();
            if (riskItems.Count > 0)
            {
                steps.Add(new(full.Id, riskItems));
            }
        }

        foreach (var brief in BriefScreens.Where(b => IsPositive(b, answers.For(b.Id))))
        {
            var full = FullMeasureOf(brief);
            steps.Add(new(full.Id, [.. full.Items.Where(i => i.Risk is null && !brief.HasItem(i.Id))]));
        }

        steps.AddRange(configuration.OptionalMeasures.Select(m => new PlannedStep(m, Catalogue.Get(m).Items)));
        return steps;
    }

    private static MeasureDefinition FullMeasureOf(MeasureDefinition brief) => Catalogue.Get(brief.FollowUp!.Measure);

    private static bool IsPositive(MeasureDefinition brief, IReadOnlyDictionary<string, int> answers) =>
        brief.Items.All(i => answers.ContainsKey(i.Id)) && brief.Items.Sum(i => answers[i.Id]) >= brief.FollowUp!.At;
}
