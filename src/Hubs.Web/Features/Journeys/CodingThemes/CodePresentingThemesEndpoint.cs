using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.CodingThemes;

public static class CodePresentingThemesEndpoint
{
    public static RouteHandlerBuilder MapCodePresentingThemes(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/themes",
                (Guid id, CodePresentingThemes command, StaffMember staff, HttpContext http, TimeProvider clock) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        CodePresentingThemesDecision.Decide(journey, command, staff.Id, clock.GetUtcNow())
                    )
            )
            .Validate<CodePresentingThemes>()
            .DescribesWrite<JourneyWritten>()
            .WithName("CodePresentingThemes")
            .WithSummary("Code the presenting themes (many allowed) at assessment; a later coding replaces the last.")
            .WithTags("Journeys");
}
