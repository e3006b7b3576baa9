using System.Net;
using System.Text.RegularExpressions;

namespace Hubs.Identity.Tests;

/// <summary>
/// Drives the server-rendered pages as a browser would: read the form's antiforgery token, post it back.
/// </summary>
public static partial class Browser
{
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client,
        string url,
        IDictionary<string, string> fields
    )
    {
        var page = await client.GetStringAsync(url);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(page) };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> SignInAsync(
        this HttpClient client,
        string email,
        string password,
        string? returnUrl = null
    ) =>
        client.SubmitAsync(
            "/account/sign-in" + (returnUrl is null ? string.Empty : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl)),
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }
        );

    /// <summary>Follows redirects on this host until one leaves it (or a page is reached).</summary>
    public static async Task<HttpResponseMessage> FollowAsync(this HttpClient client, HttpResponseMessage response)
    {
        while (
            response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            && response.Headers.Location is { } location
            && (!location.IsAbsoluteUri || location.Authority == client.BaseAddress?.Authority)
        )
        {
            response = await client.GetAsync(location);
        }

        return response;
    }

    public static string AntiforgeryToken(string html) =>
        TokenInput().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("No antiforgery token in the page.");

    /// <summary>The page without its per-request antiforgery token, to compare two answers.</summary>
    public static string WithoutToken(string html) => TokenInput().Replace(html, string.Empty);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
