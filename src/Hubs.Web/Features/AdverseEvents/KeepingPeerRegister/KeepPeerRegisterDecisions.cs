using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.AdverseEvents.KeepingPeerRegister;

/// <summary>An archived entry is history: nothing more is recorded on it.</summary>
public static class KeepPeerRegisterDecisions
{
    public static Decision RecordRefresher(
        PeerSupporter supporter,
        RecordPeerSupporterRefresher command,
        DateOnly today,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(supporter);
        ArgumentNullException.ThrowIfNull(command);
        if (supporter.Archived)
        {
            return Archived();
        }

        return command.DoneOn > today
            ? Decision.Refuse("refresher-in-future", "Record a refresher once it has taken place.")
            : Decision.Accept(
                new PeerSupporterRefresherRecorded(supporter.Id, command.DoneOn!.Value, command.NextDue!.Value, now)
            );
    }

    public static Decision ChangeAvailability(
        PeerSupporter supporter,
        ChangePeerSupporterAvailability command,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(supporter);
        ArgumentNullException.ThrowIfNull(command);
        return supporter.Archived
            ? Archived()
            : Decision.Accept(new PeerSupporterAvailabilityChanged(supporter.Id, command.Available!.Value, now));
    }

    public static Decision Archive(PeerSupporter supporter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(supporter);
        return supporter.Archived ? Archived() : Decision.Accept(new PeerSupporterArchived(supporter.Id, now));
    }

    private static Decision Archived() =>
        Decision.Refuse("peer-supporter-archived", "This peer supporter has left the register.");
}
