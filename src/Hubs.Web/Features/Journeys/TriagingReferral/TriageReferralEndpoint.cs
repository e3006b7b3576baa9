using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.TriagingReferral;

public static class TriageReferralEndpoint
{
    public static RouteHandlerBuilder MapTriageReferral(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/triage",
                (Guid id, TriageReferral command, StaffMember staff, HttpContext http, TimeProvider clock) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        TriageReferralDecision.Decide(journey, command, staff.Id, clock.GetUtcNow())
                    )
            )
            .Validate<TriageReferral>()
            .DescribesWrite<JourneyWritten>()
            .WithName("TriageReferral")
            .WithSummary("Triage a referral: assess, signpost elsewhere or not suitable, with a reason.")
            .WithTags("Journeys");
}
