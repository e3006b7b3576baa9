using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Hubs.Identity.Tests;

public static class Jwt
{
    public static JsonElement Payload(string token) =>
        JsonDocument.Parse(Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token.Split('.')[1]))).RootElement;

    /// <summary>A claim that may be a single value or an array, as a list.</summary>
    public static IReadOnlyList<string> Values(JsonElement payload, string claim) =>
        !payload.TryGetProperty(claim, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(item => item.GetString()!)]
        : [value.GetString()!];
}
