using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hubs.ServiceDefaults.Errors;

/// <summary>
/// The last problem details writer: where the default one declines because the client does not accept JSON
/// (<c>Accept: text/csv</c>), an API error is still RFC 9457 problem details, never a plain-text status line.
/// </summary>
internal sealed class AnyAcceptProblemWriter(IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        problem.Title ??= Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        return new ValueTask(
            context.HttpContext.Response.WriteAsJsonAsync(
                problem,
                problem.GetType(),
                json.Value.SerializerOptions,
                "application/problem+json"
            )
        );
    }
}
