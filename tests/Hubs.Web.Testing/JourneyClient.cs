using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;

namespace Hubs.Web.Testing;

/// <summary>
/// Drives one journey over HTTP as its keyworker and the Hub's staff would, carrying the ETag from each
/// answer to the next write.
/// </summary>
public sealed class JourneyClient(HttpClient http, Guid id, long version, TestPrincipal keyworker)
{
    /// <summary>The keyworker whose journey it is (they referred themselves).</summary>
    public TestPrincipal Keyworker { get; } = keyworker;

    public Guid Id { get; } = id;

    public long Version { get; private set; } = version;

    public static async Task<JourneyClient> SubmitAsync(
        HttpClient http,
        Dictionary<string, object?>? referral = null,
        TestPrincipal? keyworker = null
    )
    {
        keyworker ??= TestPrincipal.Keyworker();
        var response = await http.PostAsKeyworkerAsync("/api/journeys", referral ?? Referrals.Valid(), keyworker);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new JourneyClient(http, body.GetProperty("id").GetGuid(), VersionOf(response), keyworker);
    }

    /// <summary>Posts a command with the current version; on success moves the version on.</summary>
    public async Task<HttpResponseMessage> PostAsync(Staff? staff, string path, object body)
    {
        var uri = $"/api/journeys/{Id}/{path}";
        using var request = staff?.Request(HttpMethod.Post, uri, body, Version) ?? AsKeyworker(uri, body);
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
        Assert.True(
            response.IsSuccessStatusCode,
            $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"
        );
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<JsonElement> GetAsync(Staff staff, string path = "") => GetAsync(staff.Principal, path);

    /// <summary>A read as its keyworker (screening steps).</summary>
    public Task<JsonElement> GetAsKeyworkerAsync(string path) => GetAsync(Keyworker, path);

    private async Task<JsonElement> GetAsync(TestPrincipal who, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/journeys/{Id}{path}").SignedAs(who);
        var response = await http.SendAsync(request);
        Assert.True(
            response.IsSuccessStatusCode,
            $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"
        );
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private HttpRequestMessage AsKeyworker(string uri, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(body) }.SignedAs(
            Keyworker
        );
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{Version}\"");
        return request;
    }

    private static long VersionOf(HttpResponseMessage response) =>
        long.Parse(response.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
}
