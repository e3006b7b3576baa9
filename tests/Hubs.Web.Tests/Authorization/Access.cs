using System.Net;

namespace Hubs.Web.Tests.Authorization;

/// <summary>What a caller gets from an endpoint, as the matrix writes it (one letter per caller).</summary>
public enum Access
{
    /// <summary>A: let in — the answer is about the request itself (2xx, or 400/409/422 about its content).</summary>
    Allowed,

    /// <summary>U: 401, no valid token.</summary>
    Unauthenticated,

    /// <summary>F: 403, the caller's role may never use this endpoint.</summary>
    Forbidden,

    /// <summary>H: 404, the record exists but is hidden from this caller.</summary>
    Hidden,
}

public static class AccessCodes
{
    public static Access Parse(char code) =>
        code switch
        {
            'A' => Access.Allowed,
            'U' => Access.Unauthenticated,
            'F' => Access.Forbidden,
            'H' => Access.Hidden,
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "A, U, F or H"),
        };

    public static Access Of(HttpStatusCode status) =>
        status switch
        {
            HttpStatusCode.Unauthorized => Access.Unauthenticated,
            HttpStatusCode.Forbidden => Access.Forbidden,
            HttpStatusCode.NotFound => Access.Hidden,
            HttpStatusCode.InternalServerError => throw new InvalidOperationException("500 from the endpoint"),
            _ => Access.Allowed,
        };
}
