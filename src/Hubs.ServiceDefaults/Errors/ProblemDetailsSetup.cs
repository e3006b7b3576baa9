using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hubs.ServiceDefaults.Errors;

internal static class ProblemDetailsSetup
{
    /// <summary>
    /// RFC 9457 bodies for every API error, whatever the client accepts (pages get the host's HTML error page).
    /// Unhandled exceptions become a plain 500 with a trace id to quote to support, and never the exception message or
    /// stack (see <see cref="UnhandledExceptionHandler"/>).
    /// </summary>
    public static IServiceCollection AddHubsProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options =>
            options.CustomizeProblemDetails = context =>
            {
                context.ProblemDetails.Extensions.Remove("exception");
                context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            }
        );
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProblemDetailsWriter, AnyAcceptProblemWriter>());
        services.AddExceptionHandler<UnhandledExceptionHandler>();
        return services;
    }
}
