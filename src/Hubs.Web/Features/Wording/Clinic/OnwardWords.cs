using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording.Clinic;

/// <summary>
/// The clinician's words for onward referral and stepped-care codes, each mapped once (as <see cref="ClinicWords"/>);
/// the forms' choice lists are built from them, in the codes' order.
/// </summary>
public static class OnwardWords
{
    public static string Of(OnwardStage stage) =>
        stage switch
        {
            OnwardStage.Triage => "At triage",
            OnwardStage.Assessment => "At assessment",
            OnwardStage.Review => "At a review",
            OnwardStage.Discharge => "At discharge",
            _ => throw Unnamed(stage),
        };

    public static string Of(OnwardKind kind) =>
        kind switch
        {
            OnwardKind.Signpost => "Signposted (information given)",
            OnwardKind.Referral => "Referred (sent to the service)",
            _ => throw Unnamed(kind),
        };

    public static string Of(OnwardReason reason) =>
        reason switch
        {
            OnwardReason.NeedsSpecialistCare => "Needs specialist care",
            OnwardReason.OutsideHubOffer => "Outside what the Hub offers",
            OnwardReason.AlongsideHubSupport => "Alongside the Hub's support",
            OnwardReason.ClientPreference => "The keyworker's preference",
            OnwardReason.WorkplaceMatter => "A workplace matter",
            OnwardReason.PracticalOrSocialNeed => "A practical or social need",
            OnwardReason.Other => "Another reason",
            _ => throw Unnamed(reason),
        };

    public static string Of(OnwardOutcome outcome) =>
        outcome switch
        {
            OnwardOutcome.Accepted => "Accepted",
            OnwardOutcome.Declined => "Declined",
            OnwardOutcome.StillWaiting => "Still waiting",
            OnwardOutcome.Unknown => "Not known",
            _ => throw Unnamed(outcome),
        };

    public static string Of(StepDirection direction) =>
        direction switch
        {
            StepDirection.Up => "Stepped up",
            StepDirection.Down => "Stepped down",
            StepDirection.Across => "Changed at the same step",
            _ => throw Unnamed(direction),
        };

    public static string Of(StepReason reason) =>
        reason switch
        {
            StepReason.NotImproving => "Not improving",
            StepReason.Improved => "Improved",
            StepReason.RiskChanged => "Risk changed",
            StepReason.NeedsClearer => "Needs clearer since assessment",
            StepReason.ClientPreference => "The keyworker's preference",
            StepReason.Other => "Another reason",
            _ => throw Unnamed(reason),
        };

    public static IReadOnlyList<Choice> Stages { get; } = Choices<OnwardStage>(Of);

    public static IReadOnlyList<Choice> Kinds { get; } = Choices<OnwardKind>(Of);

    public static IReadOnlyList<Choice> Reasons { get; } = Choices<OnwardReason>(Of);

    public static IReadOnlyList<Choice> Outcomes { get; } = Choices<OnwardOutcome>(Of);

    public static IReadOnlyList<Choice> StepReasons { get; } = Choices<StepReason>(Of);

    private static List<Choice> Choices<T>(Func<T, string> words)
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(v => new Choice(v.ToString(), words(v)))];

    private static ArgumentOutOfRangeException Unnamed<T>(T value) =>
        new(nameof(value), value, $"A {typeof(T).Name} without words.");
}
