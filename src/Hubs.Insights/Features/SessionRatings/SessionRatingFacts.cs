namespace Hubs.Insights.Features.SessionRatings;

/// <summary>
/// One team activity that took place, with its anonymous one-minute ratings counted (answers, found it valuable, felt
/// safe to speak): its pseudonymous key, Hub, month and kind. Never the team, a rating code, a journey or an exact
/// date: a rating cannot be linked to anyone's journey.
/// </summary>
public sealed record SessionRatingFacts(
    string Key,
    string HubId,
    string Month,
    string Kind,
    int Ratings,
    int FoundValuable,
    int FeltSafe
);

/// <summary>Where the session ratings table gets its activities (the Insights store; tests give cohorts).</summary>
public interface ISessionRatingsSource
{
    Task<IReadOnlyList<SessionRatingFacts>> ActivitiesAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    );
}

/// <summary>No ratings: the source of a query layer built without the store.</summary>
public sealed class NoSessionRatings : ISessionRatingsSource
{
    public static NoSessionRatings Instance { get; } = new();

    public Task<IReadOnlyList<SessionRatingFacts>> ActivitiesAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Task.FromResult<IReadOnlyList<SessionRatingFacts>>([]);
}
