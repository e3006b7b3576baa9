namespace Hubs.Web.Features.Questionnaires;

/// <summary>
/// A named result band. <see cref="Code"/> is stable (stored, compared); <see cref="Label"/> is for people.
/// </summary>
public sealed record Band(string Code, string Label);

/// <summary>
/// A band that holds every total from <paramref name="From"/> to <paramref name="To"/>, both inclusive.
/// </summary>
public sealed record BandRange(int From, int To, Band Band)
{
    public bool Contains(int total) => total >= From && total <= To;
}
