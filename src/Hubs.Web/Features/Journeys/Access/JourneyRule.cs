namespace Hubs.Web.Features.Journeys.Access;

/// <summary>
/// One rule of <see cref="AccessModel"/>: the relations to the journey that admit a caller, and whether
/// the endpoint or page reads the identifiable record (a staff read of it is audited before it is shown).
/// </summary>
public sealed record JourneyRule(Relations Admits, bool ReadsRecord = false)
{
    public bool Admit(Relations relation) => (Admits & relation) != Relations.None;
}
