using System.Security.Cryptography;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Turns a journey id into the key that the anonymised side sees: HMAC-SHA256 under a secret that
/// only Hubs.Web holds (<c>Pseudonymisation:Key</c>, base64 of 32 bytes). Without the key the journey
/// key cannot be reversed or linked back to a record.
/// </summary>
public sealed class Pseudonymiser
{
    public const string ConfigurationKey = "Pseudonymisation:Key";
    private readonly byte[] _key;

    public Pseudonymiser(string base64Key)
    {
        _key = Convert.FromBase64String(base64Key);
        if (_key.Length < 32)
        {
            throw new ArgumentException("The pseudonymisation key must be at least 32 bytes.", nameof(base64Key));
        }
    }

    public string JourneyKey(Guid journeyId) => Base64UrlEncode(HMACSHA256.HashData(_key, journeyId.ToByteArray()));

    /// <summary>A team activity's key; prefixed so that it can never equal a journey's key.</summary>
    public string ActivityKey(Guid activityId) =>
        Base64UrlEncode(HMACSHA256.HashData(_key, (byte[])[.. "team-activity:"u8, .. activityId.ToByteArray()]));

    /// <summary>A reflective group meeting's key; prefixed so that it can never equal another kind of key.</summary>
    public string MeetingKey(Guid meetingId) =>
        Base64UrlEncode(HMACSHA256.HashData(_key, (byte[])[.. "group-meeting:"u8, .. meetingId.ToByteArray()]));

    /// <summary>
    /// The key of any other record of Hub work (an adverse event, a workshop, ...): the kind's prefix (ending in a
    /// colon, as above) keeps it from ever equalling another kind's key.
    /// </summary>
    public string KeyOf(string kindPrefix, Guid id)
    {
        ArgumentNullException.ThrowIfNull(kindPrefix);
        return Base64UrlEncode(
            HMACSHA256.HashData(_key, (byte[])[.. System.Text.Encoding.UTF8.GetBytes(kindPrefix), .. id.ToByteArray()])
        );
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
