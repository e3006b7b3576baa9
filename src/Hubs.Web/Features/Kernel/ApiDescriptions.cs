namespace Hubs.Web.Features.Kernel;

/// <summary>
/// What the OpenAPI document says the journey endpoints answer (handlers return <see cref="IResult"/>).
/// </summary>
public static class ApiDescriptions
{
    /// <summary>
    /// A versioned write: 200 with the new version, or 404/409/422/428 problems (see <see cref="JourneyProblems"/>).
    /// </summary>
    public static RouteHandlerBuilder DescribesWrite<TAnswer>(this RouteHandlerBuilder endpoint) =>
        endpoint
            .Produces<TAnswer>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    /// <summary>A staff read: 200 with the body, or 403/404 problems.</summary>
    public static RouteHandlerBuilder DescribesRead<TAnswer>(this RouteHandlerBuilder endpoint) =>
        endpoint
            .Produces<TAnswer>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
