using System.Collections.Concurrent;
using System.Text.Json;
using Hubs.ServiceDefaults;

namespace Hubs.Web.Features.Publishing;

/// <summary>Category enums travel as the same codes the API uses ("social-care", "35-44", "not-stated").</summary>
internal static class CategoryCodes
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { HubsJson.EnumConverter() } };

    /// <summary>Each value's code is written once and then given again (the rebuild's export asks millions).</summary>
    public static string Code<T>(T value)
        where T : struct, Enum => Known<T>.Codes.GetOrAdd(value, v => JsonSerializer.Serialize(v, Options).Trim('"'));

    private static class Known<T>
        where T : struct, Enum
    {
        public static readonly ConcurrentDictionary<T, string> Codes = new();
    }
}
