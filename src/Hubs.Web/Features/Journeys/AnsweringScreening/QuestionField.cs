using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Journeys.AnsweringScreening;

/// <summary>
/// How a questionnaire item appears in a form: a field name safe in ids and addresses, and its answers.
/// </summary>
public static class QuestionField
{
    public static string Name(ItemDefinition item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Id.Replace('.', '-');
    }

    public static IReadOnlyList<Choice> Choices(ItemDefinition item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return
        [
            .. item.Options.Select(o => new Choice(
                o.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                o.Label
            )),
        ];
    }
}
