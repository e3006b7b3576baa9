using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hubs.Web.Features.Privacy;

internal sealed class PersonalJsonConverter<T>(KeyworkerKeys keys) : JsonConverter<Personal<T>>
    where T : class
{
    public override Personal<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (SealedReading.IsActive)
        {
            return new Personal<T>(OwnerOf(ref reader), null);
        }

        var stored = JsonSerializer.Deserialize<SealedForm>(ref reader, options)
            ?? throw new JsonException("A sealed personal value is missing.");
        var key = keys.Find(stored.OwnerId);
        if (key is null)
        {
            return new Personal<T>(stored.OwnerId, null);
        }

        var plaintext = DataKeyCipher.Open(key, stored.OwnerId, Convert.FromBase64String(stored.Sealed));
        return new Personal<T>(stored.OwnerId, JsonSerializer.Deserialize<T>(plaintext, options));
    }

    public override void Write(Utf8JsonWriter writer, Personal<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        var key = keys.Find(value.OwnerId)
            ?? throw new InvalidOperationException(
                "This keyworker's data key has been destroyed; personal data can no longer be recorded for them."
            );
        var plaintext = JsonSerializer.SerializeToUtf8Bytes(value.Value, options);
        var sealedValue = Convert.ToBase64String(DataKeyCipher.Seal(key, value.OwnerId, plaintext));
        JsonSerializer.Serialize(writer, new SealedForm(value.OwnerId, sealedValue), options);
    }

    /// <summary>
    /// The owner of a value left sealed (<see cref="SealedReading"/>): its sealed text is stepped over, never copied
    /// out (the rebuild's export reads millions of them and opens none).
    /// </summary>
    private static Guid OwnerOf(ref Utf8JsonReader reader)
    {
        Guid? owner = null;
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isOwner = reader.ValueTextEquals("OwnerId"u8);
                reader.Read();
                if (isOwner)
                {
                    owner = reader.GetGuid();
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        return owner ?? throw new JsonException("A sealed personal value is missing.");
    }

    private sealed record SealedForm(Guid OwnerId, string Sealed);
}
