using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.ServiceDirectory;
using Marten;

namespace Hubs.Web.Features.Journeys.TriagingReferral;

public static class TriageReferralEndpoint
{
    public static RouteHandlerBuilder MapTriageReferral(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/triage",
                async (
                    Guid id,
                    TriageReferral command,
                    StaffMember staff,
                    HttpContext http,
                    IDocumentSession session,
                    TimeProvider clock
                ) =>
                {
                    // Checked against the journey's Hub by the decision; loading it reveals nothing to the caller.
                    var service =
                        command.ServiceId is { } serviceId && serviceId != Guid.Empty
                            ? await session.LoadAsync<ServiceListing>(serviceId, http.RequestAborted)
                            : null;
                    return await JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        TriageReferralDecision.Decide(journey, command, staff.Id, clock.GetUtcNow(), service)
                    );
                }
            )
            .Validate<TriageReferral>()
            .DescribesWrite<JourneyWritten>()
            .WithName("TriageReferral")
            .WithSummary(
                "Triage a referral: assess, signpost elsewhere (a service of the Hub's directory) or not suitable."
            )
            .WithTags("Journeys");
}
