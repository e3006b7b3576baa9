namespace Hubs.Contracts.Journeys;

/// <summary>The codes the evaluation milestones carry; anything else is a contract violation.</summary>
public static class EvaluationCodes
{
    public static readonly IReadOnlyList<string> Occasions = ["assessment", "discharge"];

    /// <summary>Friends-and-Family-style overall ratings; the first two are positive.</summary>
    public static readonly IReadOnlyList<string> Ratings =
    [
        "very-good",
        "good",
        "neither",
        "poor",
        "very-poor",
        "dont-know",
    ];

    public static readonly IReadOnlyList<string> WorkStatuses = ["at-work", "restricted-duties", "off-work"];

    public static readonly IReadOnlyList<string> Leaving = ["no", "role", "organisation", "profession"];

    public static readonly IReadOnlyList<string> Themes =
    [
        "traumatic-event-at-work",
        "adverse-incident",
        "moral-injury",
        "bereavement",
        "burnout",
        "bullying-or-harassment",
        "racism",
        "long-covid",
        "relationship-or-home-stress",
        "other",
    ];
}
