using Marten;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// Refuses to save an event that is not marked <see cref="IJourneyEvent"/> or <see cref="ITeamActivityEvent"/>:
/// an unmarked event would escape the test that every journey event is applied by the snapshot.
/// </summary>
public sealed class StreamEventGuard : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(session);
        foreach (var stream in session.PendingChanges.Streams())
        {
            if (stream.Events.FirstOrDefault(e => !Marked(e.Data)) is { } stray)
            {
                throw new InvalidOperationException(
                    $"{stray.Data.GetType().Name} does not say which stream "
                        + "it belongs to (IJourneyEvent, ITeamActivityEvent, IServiceDirectoryEvent, "
                        + "IPeerSupportEvent, IHubWorkEvent or IWorkshopEvent)."
                );
            }
        }

        return Task.CompletedTask;
    }

    private static bool Marked(object data) =>
        data
            is IJourneyEvent
                or ITeamActivityEvent
                or ServiceDirectory.IServiceDirectoryEvent
                or Kernel.IPeerSupportEvent
                or Kernel.IHubWorkEvent
                or Kernel.IWorkshopEvent;
}
