using System.Globalization;
using Hubs.Web.Features.Questionnaires;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hubs.Web.Features.Journeys.AnsweringScreening;

/// <summary>
/// Reads one screening page's answers from the posted form, with an error for each question left out.
/// </summary>
internal static class ScreeningForm
{
    public static Dictionary<string, int> Read(
        IFormCollection form,
        IReadOnlyList<ItemDefinition> items,
        ModelStateDictionary modelState,
        IDictionary<string, string> picked,
        bool everyQuestion
    )
    {
        var answers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var field = QuestionField.Name(item);
            var posted = form[field].ToString();
            if (
                int.TryParse(posted, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                && item.Allows(value)
            )
            {
                answers[item.Id] = value;
                picked[field] = posted;
            }
            else if (everyQuestion)
            {
                modelState.AddModelError(field, $"Choose an answer for: {item.Text}");
            }
        }

        return answers;
    }

    /// <summary>
    /// Any answer here raises a risk flag (the self-harm question): crisis contacts are shown at once.
    /// </summary>
    public static bool RaisesRisk(IReadOnlyList<ItemDefinition> items, IReadOnlyDictionary<string, int> answers) =>
        items.Any(i => i.Risk is not null && answers.TryGetValue(i.Id, out var v) && i.Risk.Assess(v) > RiskLevel.None);
}
