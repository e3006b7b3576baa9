using System.Text.Json;

namespace Hubs.Web.Tests.Access;

/// <summary>What a refusal tells its reader: status and the problem's fields, less the per-request trace id.</summary>
public static class ProblemShape
{
    public static async Task<string> OfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var fields =
            body.Length == 0
                ? []
                : JsonDocument
                    .Parse(body)
                    .RootElement.EnumerateObject()
                    .Where(p => p.Name != "traceId")
                    .Select(p => $"{p.Name}={p.Value}");
        return $"{(int)response.StatusCode} {string.Join(';', fields)}";
    }
}
