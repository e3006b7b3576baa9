using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.AdverseEvents;

/// <summary>
/// A trained peer supporter joined the Hub's register. <c>AccountId</c> is their staff account (the token's
/// <c>sub</c>), which is how their sign-in finds the events assigned to them; the supervisor is a Hub clinician.
/// </summary>
public sealed record PeerSupporterRegistered(
    Guid PeerSupporterId,
    string HubId,
    Guid AccountId,
    string Name,
    Guid SupervisorId,
    DateOnly TrainedOn,
    DateOnly RefresherDue,
    DateTimeOffset RegisteredAt
) : IPeerSupportEvent;

/// <summary>A refresher was done on a date; the next one falls due on another.</summary>
public sealed record PeerSupporterRefresherRecorded(
    Guid PeerSupporterId,
    DateOnly DoneOn,
    DateOnly NextDue,
    DateTimeOffset RecordedAt
) : IPeerSupportEvent;

/// <summary>Available to take new events, or not at the moment (leave, workload, their own well-being).</summary>
public sealed record PeerSupporterAvailabilityChanged(Guid PeerSupporterId, bool Available, DateTimeOffset ChangedAt)
    : IPeerSupportEvent;

/// <summary>Left the register: never offered again; the events they supported keep their history.</summary>
public sealed record PeerSupporterArchived(Guid PeerSupporterId, DateTimeOffset ArchivedAt) : IPeerSupportEvent;
