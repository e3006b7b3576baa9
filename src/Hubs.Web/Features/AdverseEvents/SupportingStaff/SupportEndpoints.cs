using Hubs.ServiceDefaults.Validation;
using Marten;

namespace Hubs.Web.Features.AdverseEvents.SupportingStaff;

/// <summary>
/// What a handed-over code answers: the code to give the member of staff, and the stream's new version.
/// </summary>
public sealed record HandOverWritten(Guid Id, long Version, string Code, string SelfReferralPath);

/// <summary>
/// The peer supporter's API: the events assigned to them and what they record on one. An event assigned to
/// someone else, or in another Hub, is not found (404), exactly as one that does not exist.
/// </summary>
public static class SupportEndpoints
{
    private const string Event = "/api/adverse-events/{id:guid}";

    public static IEndpointRouteBuilder MapSupportingStaff(this IEndpointRouteBuilder peer)
    {
        peer.MapGet("/api/peer-support/events", AssignedAsync)
            .DescribesRead<List<AdverseEventRow>>()
            .WithName("AssignedAdverseEvents")
            .WithTags("Peer support")
            .WithSummary("The adverse events assigned to the calling peer supporter, with the response clock.");
        peer.MapPost(
                $"{Event}/first-contact",
                (Guid id, RecordFirstContact command, PeerSupportCaller me, HttpContext http, TimeProvider clock) =>
                    Write(id, http, me, e => SupportDecisions.RecordFirstContact(e, command, clock.GetUtcNow()))
            )
            .Validate<RecordFirstContact>()
            .DescribesWrite<StreamWritten>()
            .WithName("RecordFirstContact")
            .WithTags("Peer support");
        peer.MapPost(
                $"{Event}/follow-ups",
                (Guid id, RecordFollowUp command, PeerSupportCaller me, HttpContext http, TimeProvider clock) =>
                    Write(id, http, me, e => SupportDecisions.RecordFollowUp(e, command, clock.GetUtcNow()))
            )
            .Validate<RecordFollowUp>()
            .DescribesWrite<StreamWritten>()
            .WithName("RecordFollowUp")
            .WithTags("Peer support");
        peer.MapPost($"{Event}/hand-overs", HandOverAsync)
            .DescribesWrite<HandOverWritten>()
            .WithName("OfferSelfReferralHandOver")
            .WithTags("Peer support");
        return peer;
    }

    /// <summary>The caller's assigned events, newest first (API and peer support pages).</summary>
    public static async Task<IReadOnlyList<AdverseEvent>> AssignedToAsync(
        IQuerySession session,
        PeerSupportCaller me,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(me);
        var events = await session
            .Query<AdverseEvent>()
            .Where(e => e.HubId == me.HubId && e.AssignedAccountId == me.AccountId)
            .OrderByDescending(e => e.LoggedAt)
            .ToListAsync(cancellationToken);
        return [.. events.Where(me.Supports)];
    }

    private static async Task<IResult> AssignedAsync(
        PeerSupportCaller me,
        IQuerySession session,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        var events = await AssignedToAsync(session, me, cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(events.Select(e => AdverseEventRow.Of(e, [], now).ForPeerSupporter()).ToList());
    }

    private static Task<IResult> HandOverAsync(Guid id, PeerSupportCaller me, HttpContext http, TimeProvider clock)
    {
        var code = HandOverCode.New();
        return StreamWrites.DecideAndAppendAsync<AdverseEvent>(
            id,
            http,
            me.Supports,
            e => SupportDecisions.OfferHandOver(e, code, clock.GetUtcNow()),
            version => new HandOverWritten(id, version, code, HandOverCode.SelfReferralPath(code))
        );
    }

    private static Task<IResult> Write(
        Guid id,
        HttpContext http,
        PeerSupportCaller me,
        Func<AdverseEvent, Kernel.Decision> decide
    ) =>
        StreamWrites.DecideAndAppendAsync<AdverseEvent>(id, http, me.Supports, decide, version => new StreamWritten(
            id,
            version
        ));
}
