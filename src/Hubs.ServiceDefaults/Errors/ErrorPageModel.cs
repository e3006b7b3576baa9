using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.ServiceDefaults.Errors;

/// <summary>
/// The model of each host's HTML error page (<c>/error/{status}</c>): what went wrong in words, and the path
/// that was asked for, so a host can choose its layout (the clinician workspace or the keyworker pages).
/// Anyone may see it; it may be re-executed for a POST, so it carries no antiforgery check.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public abstract class ErrorPageModel : PageModel
{
    public int Status { get; private set; }

    /// <summary>The path that failed (the error page's own path when opened directly).</summary>
    public string OriginalPath { get; private set; } = "/";

    public string Heading =>
        Status switch
        {
            StatusCodes.Status404NotFound => "Page not found",
            StatusCodes.Status403Forbidden => "You cannot see this page",
            StatusCodes.Status400BadRequest => "Sorry, we could not read that",
            StatusCodes.Status429TooManyRequests => "Too many attempts",
            >= 500 => "Sorry, there is a problem with the service",
            _ => "Sorry, something went wrong",
        };

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        Status =
            code is >= 400 and <= 599 ? code.Value
            : Response.StatusCode is >= 400 and <= 599 ? Response.StatusCode
            : 500;
        Response.StatusCode = Status;
        OriginalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? Request.Path.Value
            ?? "/";
    }
}
