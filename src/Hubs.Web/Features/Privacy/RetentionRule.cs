namespace Hubs.Web.Features.Privacy;

/// <summary>One journey as the retention rule sees it.</summary>
public sealed record JourneyCare(Guid KeyworkerId, DateTimeOffset? EndedAt);

/// <summary>Whose a journey is: its data key is the journey's own.</summary>
public sealed record JourneyKeyOwner(Guid JourneyId, Guid KeyworkerId);

/// <summary>
/// src/DOMAIN-RULES.md: mental-health records are kept for 20 years after care ends, then destroyed
/// (<c>Privacy:Retention:YearsAfterCareEnds</c>, default 20). A person's record is destroyed as a whole
/// (every journey's key), so it is due only when every one of them has ended (discharge, withdrawal, closed at
/// triage) and the latest ending is that long ago. A journey still open keeps the key.
/// </summary>
public static class RetentionRule
{
    public const int DefaultYears = 20;

    public static IReadOnlyList<Guid> KeyworkersDue(
        IEnumerable<JourneyCare> journeys,
        DateTimeOffset now,
        int yearsAfterCareEnds
    )
    {
        var cutoff = now.AddYears(-yearsAfterCareEnds);
        return
        [
            .. journeys
                .GroupBy(j => j.KeyworkerId)
                .Where(g => g.All(j => j.EndedAt is { } ended && ended <= cutoff))
                .Select(g => g.Key),
        ];
    }
}
