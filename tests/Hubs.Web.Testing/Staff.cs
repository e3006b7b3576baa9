using Hubs.Testing.Auth;

namespace Hubs.Web.Testing;

/// <summary>A signed-in member of a Hub's staff: their requests carry an access token naming them.</summary>
public sealed record Staff(Guid Id, string Role, string HubId)
{
    public static Staff Clinician(string hubId = "north") => new(Guid.NewGuid(), "clinician", hubId);

    public static Staff Lead(string hubId = "north") => new(Guid.NewGuid(), "hub-lead", hubId);

    public TestPrincipal Principal => TestPrincipal.Person(Role, [HubId], Id);

    public HttpRequestMessage Request(HttpMethod method, string uri, object? body = null, long? version = null)
    {
        var request = new HttpRequestMessage(method, uri);
        request.SignedAs(Principal);
        if (version is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        }

        if (body is not null)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body);
        }

        return request;
    }
}
