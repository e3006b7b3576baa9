using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hubs.Web.Features.Privacy;

/// <summary>
/// Seals every <see cref="Personal{T}"/> as it is written to the event store and opens it as it is
/// read: <c>{"ownerId": "…", "sealed": "base64"}</c>. Without the owner's key the value reads as null.
/// </summary>
public sealed class PersonalJsonConverterFactory(KeyworkerKeys keys) : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Personal<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        var converter = typeof(PersonalJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]);
        return (JsonConverter)Activator.CreateInstance(converter, keys)!;
    }
}
