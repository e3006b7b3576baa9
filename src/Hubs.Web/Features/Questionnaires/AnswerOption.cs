namespace Hubs.Web.Features.Questionnaires;

/// <summary>One answer a person may choose for an item, and the value it scores.</summary>
public sealed record AnswerOption(int Value, string Label);
