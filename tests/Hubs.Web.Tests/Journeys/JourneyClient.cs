using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hubs.Web.Tests.Journeys;

/// <summary>Drives one journey over HTTP as staff would, carrying the ETag from each answer to the next write.</summary>
public sealed class JourneyClient(HttpClient http, Guid id, long version)
{
    public Guid Id { get; } = id;

    public long Version { get; private set; } = version;

    public static async Task<JourneyClient> SubmitAsync(HttpClient http, Dictionary<string, object?>? referral = null)
    {
        var response = await http.PostAsJsonAsync("/api/journeys", referral ?? Referrals.Valid());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new JourneyClient(http, body.GetProperty("id").GetGuid(), VersionOf(response));
    }

    /// <summary>Posts a command with the current version; on success moves the version on.</summary>
    public async Task<HttpResponseMessage> PostAsync(Staff? staff, string path, object body)
    {
        var uri = $"/api/journeys/{Id}/{path}";
        using var request = staff?.Request(HttpMethod.Post, uri, body, Version) ?? Anonymous(uri, body);
        var response = await http.SendAsync(request);
        if (response.IsSuccessStatusCode)
        {
            Version = VersionOf(response);
        }

        return response;
    }

    public async Task<JsonElement> OkAsync(Staff? staff, string path, object body)
    {
        var response = await PostAsync(staff, path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> GetAsync(Staff staff, string path = "")
    {
        using var request = staff.Request(HttpMethod.Get, $"/api/journeys/{Id}{path}");
        var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private HttpRequestMessage Anonymous(string uri, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{Version}\"");
        return request;
    }

    private static long VersionOf(HttpResponseMessage response) =>
        long.Parse(response.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
}
