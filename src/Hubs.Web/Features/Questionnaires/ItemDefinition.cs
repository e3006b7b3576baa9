namespace Hubs.Web.Features.Questionnaires;

/// <summary>
/// One question. <see cref="Id"/> is unique across the catalogue; a brief screen reuses the items
/// (same ids) of its full measure, so an answer given once counts for both.
/// </summary>
public sealed record ItemDefinition(string Id, string Text, IReadOnlyList<AnswerOption> Options, RiskRule? Risk = null)
{
    public bool Allows(int value) => Options.Any(o => o.Value == value);

    public int MaxValue => Options.Max(o => o.Value);
}
