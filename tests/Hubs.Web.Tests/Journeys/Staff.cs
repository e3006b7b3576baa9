namespace Hubs.Web.Tests.Journeys;

/// <summary>A member of a Hub's staff as the temporary identity headers describe them.</summary>
public sealed record Staff(Guid Id, string Role, string HubId)
{
    public static Staff Clinician(string hubId = "north") => new(Guid.NewGuid(), "clinician", hubId);

    public static Staff Lead(string hubId = "north") => new(Guid.NewGuid(), "hub-lead", hubId);

    public HttpRequestMessage Request(HttpMethod method, string uri, object? body = null, long? version = null)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Add("X-Hubs-Staff-Id", Id.ToString());
        request.Headers.Add("X-Hubs-Staff-Role", Role);
        request.Headers.Add("X-Hubs-Hub-Id", HubId);
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
