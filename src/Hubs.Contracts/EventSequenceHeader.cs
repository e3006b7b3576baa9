namespace Hubs.Contracts;

/// <summary>
/// The message header that carries a milestone's source event sequence number (its place in the whole clinical event
/// log, a count, not a date or an identifier). Insights compares it with how far its last bulk rebuild applied the
/// log: a message at or below that position was applied by the rebuild, which writes no per-message marks.
/// </summary>
public static class EventSequenceHeader
{
    public const string Name = "Hubs-Event-Sequence";
}
