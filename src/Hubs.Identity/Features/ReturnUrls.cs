namespace Hubs.Identity.Features;

/// <summary>Only paths on this host are followed after sign-in (no open redirects).</summary>
public static class ReturnUrls
{
    public static string Safe(string? returnUrl) =>
        returnUrl is { Length: > 1 } && returnUrl[0] == '/' && returnUrl[1] is not '/' and not '\\' ? returnUrl : "/";
}
