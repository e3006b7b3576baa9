using System.Text.Json;

namespace Hubs.Web.Features.Publishing;

/// <summary>Category enums travel as stable kebab-case codes ("social-care", "not-stated").</summary>
internal static class CategoryCodes
{
    public static string Code<T>(T value) where T : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
