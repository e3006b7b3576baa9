namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// Marks an event of a journey stream. <see cref="Journey"/> must apply every one of them (or its
/// version falls behind the stream's and every versioned write answers 409): a reflection test checks it,
/// and <see cref="StreamEventGuard"/> refuses to save an event that does not say which stream it is for.
/// </summary>
#pragma warning disable CA1040 // A marker on purpose: it is how the snapshot test finds the stream's event types.
public interface IJourneyEvent;

/// <summary>Marks an event of a team activity's stream (<c>TeamActivity</c> applies each of them).</summary>
public interface ITeamActivityEvent;
#pragma warning restore CA1040
