namespace Hubs.Web.Operations.Scale;

/// <summary>
/// How far a seeding run has come, saved in the same transaction as each batch it counts: a run cut off at any
/// moment leaves either the whole batch and its count or neither, so the next run continues where this one ended.
/// <see cref="Now"/> is the first run's present, which every journey's story is told up to, so a resumed run writes
/// exactly what an uninterrupted one would. <see cref="Ordered"/> says the log has been put in time order since
/// (<see cref="ScaleLogOrder"/>), saved in the same transaction as that pass.
/// </summary>
public sealed record ScaleCheckpoint(
    string Id,
    int Journeys,
    int Hubs,
    int Seed,
    DateTimeOffset Now,
    int Done,
    int Activities,
    bool Ordered = false
)
{
    public const string TheRun = "scale";
}
