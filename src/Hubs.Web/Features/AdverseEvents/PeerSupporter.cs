namespace Hubs.Web.Features.AdverseEvents;

/// <summary>One entry of a Hub's peer supporter register: an inline snapshot of its own stream.</summary>
public sealed record PeerSupporter(
    Guid Id,
    string HubId,
    Guid AccountId,
    string Name,
    Guid SupervisorId,
    DateOnly TrainedOn,
    DateOnly RefresherDue
) : IStreamSnapshot
{
    public long Version { get; set; }

    public DateOnly? RefresherDone { get; init; }

    public bool Available { get; init; } = true;

    public bool Archived { get; init; }

    /// <summary>Trained by the day and with no refresher overdue on it.</summary>
    public bool InDate(DateOnly today) => TrainedOn <= today && today <= RefresherDue;

    /// <summary>Only these are offered when an event is assigned.</summary>
    public bool CanBeAssigned(DateOnly today) => !Archived && Available && InDate(today);

    public static PeerSupporter Create(PeerSupporterRegistered e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.PeerSupporterId, e.HubId, e.AccountId, e.Name, e.SupervisorId, e.TrainedOn, e.RefresherDue);
    }

    public PeerSupporter Apply(PeerSupporterRefresherRecorded e) =>
        this with
        {
            RefresherDone = e.DoneOn,
            RefresherDue = e.NextDue,
        };

    public PeerSupporter Apply(PeerSupporterAvailabilityChanged e) => this with { Available = e.Available };

    public PeerSupporter Apply(PeerSupporterArchived e) => this with { Archived = true };
}
