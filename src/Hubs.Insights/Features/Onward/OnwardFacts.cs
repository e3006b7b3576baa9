namespace Hubs.Insights.Features.Onward;

/// <summary>
/// One onward referral or signpost: its pseudonymous key (journey key and number), Hub, month, kind and the
/// destination's kind, with its outcome if one was recorded. Never a service's name, a note or an exact date.
/// </summary>
public sealed record OnwardReferralFacts(
    string Key,
    string HubId,
    string Month,
    string Kind,
    string DestinationKind,
    string? Outcome
);

/// <summary>One change of the planned intervention: from, to and its direction (up, down, across).</summary>
public sealed record CareStepFacts(string Key, string HubId, string Month, string From, string To, string Direction);

/// <summary>Where the onward tables get their rows (the Insights store; tests give cohorts of their own).</summary>
public interface IOnwardSource
{
    Task<IReadOnlyList<OnwardReferralFacts>> ReferralsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    );

    Task<IReadOnlyList<CareStepFacts>> StepsAsync(IReadOnlySet<string> hubIds, CancellationToken cancellationToken);
}

/// <summary>
/// No onward records: the source of a query layer built without the store (cohort tests of other tables).
/// </summary>
public sealed class NoOnward : IOnwardSource
{
    public static NoOnward Instance { get; } = new();

    public Task<IReadOnlyList<OnwardReferralFacts>> ReferralsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Task.FromResult<IReadOnlyList<OnwardReferralFacts>>([]);

    public Task<IReadOnlyList<CareStepFacts>> StepsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Task.FromResult<IReadOnlyList<CareStepFacts>>([]);
}
