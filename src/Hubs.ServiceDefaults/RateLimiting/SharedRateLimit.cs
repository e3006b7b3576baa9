using Microsoft.AspNetCore.Http;

namespace Hubs.ServiceDefaults.RateLimiting;

/// <summary>
/// One named policy of <see cref="SharedRateLimits"/>: at most <paramref name="PermitLimit"/> requests per
/// <paramref name="Window"/> from one client address, and as many for one account when <paramref name="Account"/>
/// names it (normalised; null when the request names none). Only requests that change something are counted
/// (not GET or HEAD: opening a form is not an attempt).
/// </summary>
public sealed record SharedRateLimit(
    string Name,
    int PermitLimit,
    TimeSpan Window,
    Func<HttpContext, ValueTask<string?>>? Account = null
);
