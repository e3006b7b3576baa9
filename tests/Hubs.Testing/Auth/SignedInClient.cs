using System.Net.Http.Headers;

namespace Hubs.Testing.Auth;

/// <summary>API calls as a signed-in person or machine client (a bearer token from the test issuer).</summary>
public static class SignedInClient
{
    /// <summary>Every request from <paramref name="client"/> carries <paramref name="who"/>'s token.</summary>
    public static HttpClient As(this HttpClient client, TestPrincipal who, string audience = "hubs-web")
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            TestIssuer.Shared.Mint(who, audience)
        );
        return client;
    }

    /// <summary>The client as a new keyworker (the one who refers themselves through it).</summary>
    public static HttpClient AsKeyworker(this HttpClient client) => client.As(TestPrincipal.Keyworker());

    /// <summary>
    /// A self-referral (or any keyworker post) as <paramref name="keyworker"/>, a new keyworker by default.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsKeyworkerAsync(
        this HttpClient client,
        string uri,
        object body,
        TestPrincipal? keyworker = null
    )
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = System.Net.Http.Json.JsonContent.Create(body),
        };
        return await client.SendAsync(request.SignedAs(keyworker ?? TestPrincipal.Keyworker()));
    }

    public static HttpRequestMessage SignedAs(
        this HttpRequestMessage request,
        TestPrincipal who,
        string audience = "hubs-web"
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestIssuer.Shared.Mint(who, audience));
        return request;
    }
}
