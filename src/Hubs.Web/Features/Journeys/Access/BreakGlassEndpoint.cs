using FluentValidation;
using Hubs.ServiceDefaults.Validation;
using Marten;

namespace Hubs.Web.Features.Journeys.Access;

/// <summary>A clinician states why they need a journey outside their caseload.</summary>
public sealed record RequestBreakGlass(string Reason);

public sealed class RequestBreakGlassValidator : AbstractValidator<RequestBreakGlass>
{
    public RequestBreakGlassValidator() =>
        RuleFor(x => x.Reason)
            .NotEmpty()
            .WithMessage("State why you need this record (at least 10 characters).")
            .MinimumLength(10)
            .WithMessage("State why you need this record (at least 10 characters).")
            .MaximumLength(1000)
            .WithMessage("The reason must be 1000 characters or fewer.");
}

/// <summary>The grant: quote its id; it lapses at <c>ExpiresAt</c>.</summary>
public sealed record BreakGlassGranted(Guid Id, DateTimeOffset ExpiresAt);

public static class BreakGlassEndpoint
{
    public static RouteHandlerBuilder MapBreakGlass(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost("/api/journeys/{id:guid}/break-glass", HandleAsync)
            .Validate<RequestBreakGlass>()
            .DescribesRead<BreakGlassGranted>()
            .WithName("RequestBreakGlass")
            .WithSummary("Time-limited access to a journey in your Hub outside your caseload; flagged to the hub lead.")
            .WithTags("Audit");

    private static async Task<IResult> HandleAsync(
        Guid id,
        RequestBreakGlass request,
        HttpContext http,
        StaffMember staff,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        var (journey, refused) = await AuditedRead.OpenAsync(http, id, "break-glass");
        if (journey is null)
        {
            return refused!;
        }

        var grant = BreakGlassGrant.Issue(id, staff.Id, request.Reason, clock.GetUtcNow());
        session.Store(grant);
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new BreakGlassGranted(grant.Id, grant.ExpiresAt));
    }
}
