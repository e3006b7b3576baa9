using System.Globalization;
using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>
/// The search page's API twin (<c>POST /api/search</c>, the body posted so nothing typed is in a URL): the same
/// query rules, the same first <see cref="StaffSearch.Shown"/> people and "more match" signal, the same audit entry.
/// </summary>
public static class StaffSearchEndpoint
{
    public static IEndpointRouteBuilder MapStaffSearch(this IEndpointRouteBuilder routes)
    {
        routes
            .MapPost("/api/search", SearchAsync)
            .Produces<StaffSearchAnswer>()
            .ProducesValidationProblem()
            .WithName("StaffSearch")
            .WithTags("Search")
            .WithSummary(
                "Find people of the caller's Hub by name, email address, reference or date of birth (YYYY-MM-DD): "
                    + $"open journeys first, then the newest referrals, at most {StaffSearch.Shown}; "
                    + "more is true when more match. Audited by the kind of search, never what was typed."
            );
        return routes;
    }

    private static async Task<IResult> SearchAsync(
        StaffSearchRequest? request,
        StaffMember staff,
        IDocumentSession session,
        KeyworkerKeys keys,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        var (query, error) = Read(request ?? new(null, null));
        if (query is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [error!.Value.Field] = [error.Value.Message] },
                title: "That is not a search."
            );
        }

        var (people, more) = await StaffSearch.RunAsync(
            session,
            keys,
            staff,
            query,
            clock.GetUtcNow(),
            cancellationToken
        );
        return TypedResults.Ok(
            new StaffSearchAnswer(
                [
                    .. people.Select(p => new StaffSearchPerson(
                        p.Match.Journey.Id,
                        JourneyReference.Of(p.Match.Journey.Id),
                        p.MayOpen ? p.Match.Name : null,
                        p.MayOpen,
                        p.Match.Journey.Status,
                        p.Match.Journey.SubmittedAt
                    )),
                ],
                more,
                StaffSearch.Shown
            )
        );
    }

    /// <summary>
    /// The form's rules, the date of birth given as YYYY-MM-DD (it wins over the text, as on the page).
    /// </summary>
    private static (StaffSearchQuery? Query, (string Field, string Message)? Error) Read(StaffSearchRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.DateOfBirth))
        {
            var (query, error) = StaffSearchQuery.Read(request.Text, null, null, null);
            return (query, error is { } e ? ("text", e.Message) : null);
        }

        if (
            !DateOnly.TryParseExact(
                request.DateOfBirth.Trim(),
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var born
            )
        )
        {
            return (null, ("dateOfBirth", "Give the date of birth as YYYY-MM-DD, for example 1984-03-15."));
        }

        var (byDate, wrong) = StaffSearchQuery.Read(
            null,
            born.Day.ToString(CultureInfo.InvariantCulture),
            born.Month.ToString(CultureInfo.InvariantCulture),
            born.Year.ToString("D4", CultureInfo.InvariantCulture)
        );
        return (byDate, wrong is { } w ? ("dateOfBirth", w.Message) : null);
    }
}
