using System.Text.Json;
using Hubs.ServiceDefaults;

namespace Hubs.Web.Features.Publishing;

/// <summary>Category enums travel as the same codes the API uses ("social-care", "35-44", "not-stated").</summary>
internal static class CategoryCodes
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { HubsJson.EnumConverter() } };

    public static string Code<T>(T value)
        where T : struct, Enum => JsonSerializer.Serialize(value, Options).Trim('"');
}
