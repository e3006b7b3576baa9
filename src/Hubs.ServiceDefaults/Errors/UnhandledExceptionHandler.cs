using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Hubs.ServiceDefaults.Errors;

/// <summary>
/// Logs the exception type and stack (code locations) but never its message, which can carry request
/// data, and answers a bare 500: problem details on API paths; on page paths it declines, so the exception
/// handler re-executes the host's error page (<see cref="ErrorPaths.PagePath"/>).
/// </summary>
internal sealed partial class UnhandledExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<UnhandledExceptionHandler> logger
) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken
    )
    {
        if (!ApiRequests.IsApi(httpContext))
        {
            if (exception is not BadHttpRequestException)
            {
                LogUnhandled(
                    logger,
                    exception.GetType().FullName ?? "unknown",
                    httpContext.TraceIdentifier,
                    exception.StackTrace ?? string.Empty
                );
            }

            return false;
        }

        if (exception is BadHttpRequestException bad)
        {
            httpContext.Response.StatusCode = bad.StatusCode;
            return await problemDetails.TryWriteAsync(
                new ProblemDetailsContext
                {
                    HttpContext = httpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = bad.StatusCode,
                        Title = "The request could not be read.",
                    },
                }
            );
        }

        LogUnhandled(
            logger,
            exception.GetType().FullName ?? "unknown",
            httpContext.TraceIdentifier,
            exception.StackTrace ?? string.Empty
        );
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(
            new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status500InternalServerError,
                    Title = "Something went wrong on our side. Nothing you saved has been lost.",
                },
            }
        );
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled {ExceptionType} for request {TraceId} at {StackTrace}")]
    private static partial void LogUnhandled(ILogger logger, string exceptionType, string traceId, string stackTrace);
}
