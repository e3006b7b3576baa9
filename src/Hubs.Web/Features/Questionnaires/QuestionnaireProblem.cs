namespace Hubs.Web.Features.Questionnaires;

public enum ProblemKind
{
    /// <summary>An item of the measure has no answer.</summary>
    MissingAnswer,

    /// <summary>An answer names an item the measure (or this screening step) does not have.</summary>
    UnexpectedItem,

    /// <summary>An answer is not one of the item's allowed values.</summary>
    ValueNotAllowed,

    /// <summary>The Hub's questionnaire settings are not usable.</summary>
    InvalidConfiguration,
}

/// <summary>An expected input problem, naming the measure and, where there is one, the item.</summary>
public sealed record QuestionnaireProblem(MeasureId Measure, string? ItemId, ProblemKind Kind, string Message);
