namespace Hubs.Web.Features.Contact.SchedulingReminders;

/// <summary>A schedule row that has come due, as the dispatcher locked it.</summary>
public sealed record DueContact(
    Guid Id,
    Guid JourneyId,
    Guid? AppointmentId,
    string Kind,
    DateTimeOffset? AppointmentAt,
    int Attempts,
    IReadOnlySet<string> SentChannels
);

/// <summary>
/// What became of it: the new state, when to look again (held or retrying), and a note without personal data.
/// </summary>
public sealed record ContactOutcome(
    string State,
    DateTimeOffset DueAt,
    int Attempts,
    IReadOnlySet<string> SentChannels,
    string? Detail
);
