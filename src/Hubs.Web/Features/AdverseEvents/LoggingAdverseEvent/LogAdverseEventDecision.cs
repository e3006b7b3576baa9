using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.AdverseEvents.LoggingAdverseEvent;

/// <summary>An event is logged for a day that has happened, within the last year; it takes the Hub's targets.</summary>
public static class LogAdverseEventDecision
{
    public static Decision Decide(
        LogAdverseEvent command,
        Guid eventId,
        AdverseEventSettings settings,
        DateOnly today,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(settings);
        var day = command.OccurredOn!.Value;
        if (day > today)
        {
            return Decision.Refuse("occurred-in-future", "The date of the event cannot be in the future.");
        }

        if (day < today.AddYears(-1))
        {
            return Decision.Refuse("occurred-too-long-ago", "Rapid support is for events in the last year.");
        }

        return Decision.Accept(
            new AdverseEventLogged(
                eventId,
                settings.Id,
                command.Department.Trim(),
                day,
                command.StaffInvolved,
                now,
                settings.FirstContactTargetHours,
                settings.FollowUpDays,
                command.Sector
            )
        );
    }
}
