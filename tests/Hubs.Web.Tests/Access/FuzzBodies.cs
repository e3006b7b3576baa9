using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hubs.Web.Tests.Access;

/// <summary>
/// Bodies a careless or hostile client might send to an endpoint taking <c>T</c>: wrong JSON types, nulls,
/// huge and control-character strings, impossible ids, dates and numbers, malformed and deeply nested JSON,
/// wrong content types and a 5 MB body. Each comes with a name for the failure message.
/// </summary>
public static class FuzzBodies
{
    public const string Big = "5 MB";

    private const string Evil = "\u0000\u0001\u001b[31m\u007f <script>'; DROP TABLE x;--";

    public static IEnumerable<(string Name, HttpContent? Content)> For(Type? bodyType)
    {
        yield return ("no body", null);
        yield return ("json null", Json("null"));
        yield return ("json array", Json("[]"));
        yield return ("json string", Json("\"text\""));
        yield return ("empty object", Json("{}"));
        yield return ("malformed", Json("{\"a\": "));
        yield return ("deep nesting", Json(new string('[', 500) + new string(']', 500)));
        yield return ("text/plain", new StringContent("{}", Encoding.UTF8, "text/plain"));
        yield return ("xml", new StringContent("<a/>", Encoding.UTF8, "application/xml"));
        yield return (Big, Json(JsonSerializer.Serialize(new { reason = new string('a', 5 * 1024 * 1024) })));
        if (bodyType is null)
        {
            yield break;
        }

        foreach (var variant in Enum.GetValues<Variant>())
        {
            yield return (
                $"{bodyType.Name} with {variant}",
                Json(Build(bodyType, variant, 0)?.ToJsonString() ?? "null")
            );
        }
    }

    private enum Variant
    {
        WrongTypes,
        Nulls,
        Control,
        Huge,
        Impossible,
        Extremes,
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static JsonNode? Build(Type type, Variant variant, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (variant == Variant.Nulls && depth > 0)
        {
            return null;
        }

        if (type == typeof(string))
        {
            return variant switch
            {
                Variant.WrongTypes => 12345,
                Variant.Control => Evil,
                Variant.Huge when depth <= 1 => new string('x', 200_000),
                _ => "",
            };
        }

        if (type == typeof(Guid))
        {
            return variant switch
            {
                Variant.WrongTypes => "not-a-guid",
                Variant.Impossible => Guid.Empty.ToString(),
                _ => "00000000-0000-0000-0000-00000000000g",
            };
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(DateOnly))
        {
            return variant switch
            {
                Variant.WrongTypes => true,
                Variant.Impossible => "0000-00-00T25:61:61Z",
                Variant.Extremes => "9999-12-31T23:59:59-14:00",
                _ => "0001-01-01T00:00:00+14:00",
            };
        }

        if (type == typeof(bool))
        {
            return variant == Variant.WrongTypes ? "yes" : true;
        }

        if (type.IsEnum)
        {
            return variant == Variant.WrongTypes ? 99999 : "no-such-value\u0000";
        }

        if (type.IsPrimitive || type == typeof(decimal))
        {
            return variant switch
            {
                Variant.WrongTypes => "twelve",
                Variant.Extremes => JsonNode.Parse("1e308"),
                Variant.Impossible => -2147483648,
                _ => int.MaxValue,
            };
        }

        if (
            typeof(IDictionary).IsAssignableFrom(type)
            || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        )
        {
            return variant == Variant.WrongTypes
                ? new JsonArray(1, 2)
                : new JsonObject { [Evil] = int.MaxValue, [new string('k', 10_000)] = -1 };
        }

        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var item = type.IsArray
                ? type.GetElementType()!
                : type.GetGenericArguments().FirstOrDefault() ?? typeof(string);
            if (variant == Variant.WrongTypes)
            {
                return "not-a-list";
            }

            // A huge list of short items: one huge string per body is enough.
            var count = variant == Variant.Huge ? 10_000 : 3;
            var itemVariant = variant == Variant.Huge ? Variant.Control : variant;
            return new JsonArray(Enumerable.Range(0, count).Select(_ => Build(item, itemVariant, depth + 1)).ToArray());
        }

        if (depth > 3)
        {
            return null;
        }

        var body = new JsonObject();
        foreach (
            var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite || IsPositional(type, p))
        )
        {
            body[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] =
                variant == Variant.Nulls ? null : Build(property.PropertyType, variant, depth + 1);
        }

        return body;
    }

    private static bool IsPositional(Type type, PropertyInfo property) =>
        type.GetConstructors()
            .Any(c =>
                c.GetParameters().Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase))
            );
}
