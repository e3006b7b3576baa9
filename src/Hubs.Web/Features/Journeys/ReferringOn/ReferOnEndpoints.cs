using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.ServiceDirectory;
using Marten;

namespace Hubs.Web.Features.Journeys.ReferringOn;

/// <summary>The answer to a recorded onward referral: the journey's new version and the referral's id.</summary>
public sealed record OnwardReferralWritten(Guid Id, long Version, Guid ReferralId);

public static class ReferOnEndpoints
{
    public static IEndpointRouteBuilder MapReferOn(this IEndpointRouteBuilder routes)
    {
        routes
            .MapPost("/api/journeys/{id:guid}/onward-referrals", ReferAsync)
            .Validate<ReferOn>()
            .DescribesWrite<OnwardReferralWritten>()
            .WithName("ReferOn")
            .WithSummary("Signpost or refer the keyworker on to a service of the Hub's directory.")
            .WithTags("Journeys");
        routes
            .MapPost(
                "/api/journeys/{id:guid}/onward-referrals/{referralId:guid}/outcome",
                (
                    Guid id,
                    Guid referralId,
                    RecordOnwardOutcome command,
                    StaffMember staff,
                    HttpContext http,
                    TimeProvider clock
                ) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        ReferOnDecision.Outcome(journey, referralId, command, staff.Id, clock.GetUtcNow())
                    )
            )
            .Validate<RecordOnwardOutcome>()
            .DescribesWrite<JourneyWritten>()
            .WithName("RecordOnwardOutcome")
            .WithSummary("Record what came of an onward referral: accepted, declined, still waiting or unknown.")
            .WithTags("Journeys");
        return routes;
    }

    private static async Task<IResult> ReferAsync(
        Guid id,
        ReferOn command,
        StaffMember staff,
        HttpContext http,
        IDocumentSession session,
        TimeProvider clock
    )
    {
        // The decision checks the service is the journey's Hub's; loading it reveals nothing to the caller.
        var service = await session.LoadAsync<ServiceListing>(command.ServiceId!.Value, http.RequestAborted);
        var referralId = Guid.CreateVersion7();
        return await JourneyWrites.DecideAndAppendAsync(
            id,
            http,
            (journey, _) => ReferOnDecision.Decide(journey, command, service, referralId, staff.Id, clock.GetUtcNow()),
            version => new OnwardReferralWritten(id, version, referralId)
        );
    }
}
