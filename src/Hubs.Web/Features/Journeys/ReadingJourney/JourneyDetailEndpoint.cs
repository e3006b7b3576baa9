using Hubs.Web.Features.Journeys.Access;
using Marten;

namespace Hubs.Web.Features.Journeys.ReadingJourney;

public static class JourneyDetailEndpoint
{
    public static RouteHandlerBuilder MapJourneyDetail(this IEndpointRouteBuilder routes) =>
        routes
            .MapGet("/api/journeys/{id:guid}", HandleAsync)
            .DescribesRead<JourneyDetail>()
            .WithName("JourneyDetail")
            .WithSummary("The journey with its timeline; the ETag is the version to send back in If-Match. Audited.")
            .WithTags("Journeys");

    private static async Task<IResult> HandleAsync(
        Guid id,
        HttpContext http,
        StaffMember staff,
        IDocumentSession session,
        HttpResponse response,
        CancellationToken cancellationToken
    )
    {
        var (journey, refused) = await AuditedRead.OpenAsync(http, id, "journey-detail");
        if (journey is null)
        {
            return refused!;
        }

        var events = await session.Events.FetchStreamAsync(id, token: cancellationToken);
        response.Headers.ETag = ETags.Of(journey.Version);
        return TypedResults.Ok(JourneyDetail.From(journey, events));
    }
}
