using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hubs.ServiceDefaults;

public static class HubsJson
{
    /// <summary>
    /// Enums travel as kebab-case codes ("social-care", "not-stated"), never numbers, in the API and in
    /// contracts alike; an unknown code fails to bind (400) instead of becoming a default.
    /// </summary>
    public static JsonStringEnumConverter EnumConverter() =>
        new(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false);
}
