using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Turns a journey id into the key that the anonymised side sees: HMAC-SHA256 under a secret that
/// only Hubs.Web holds (<c>Pseudonymisation:Key</c>, base64 of 32 bytes). Without the key the journey
/// key cannot be reversed or linked back to a record.
/// </summary>
public sealed class Pseudonymiser : IDisposable
{
    public const string ConfigurationKey = "Pseudonymisation:Key";
    private readonly byte[] _key;

    // One keyed HMAC a thread, reset after each key: OpenSSL's one-shot HMAC fetches the algorithm again on every
    // call, 8 % of the rebuild export's CPU, which keys every event it maps (benchmarks/SCALE.md).
    private readonly ThreadLocal<Hasher> _hmac;

    public Pseudonymiser(string base64Key)
    {
        _key = Convert.FromBase64String(base64Key);
        if (_key.Length < 32)
        {
            throw new ArgumentException("The pseudonymisation key must be at least 32 bytes.", nameof(base64Key));
        }

        _hmac = new(() => new Hasher(IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key)), trackAllValues: true);
    }

    /// <summary>
    /// A journey's key. A journey's events come one after another (a page of the log, a rebuild's export), so the
    /// last journey's key is kept a thread and given again for the same journey without hashing.
    /// </summary>
    public string JourneyKey(Guid journeyId)
    {
        var hasher = _hmac.Value!;
        if (hasher.LastJourneyKey is null || hasher.LastJourney != journeyId)
        {
            hasher.LastJourneyKey = Key([], journeyId);
            hasher.LastJourney = journeyId;
        }

        return hasher.LastJourneyKey;
    }

    /// <summary>A team activity's key; prefixed so that it can never equal a journey's key.</summary>
    public string ActivityKey(Guid activityId) => Key("team-activity:"u8, activityId);

    /// <summary>A reflective group meeting's key; prefixed so that it can never equal another kind of key.</summary>
    public string MeetingKey(Guid meetingId) => Key("group-meeting:"u8, meetingId);

    /// <summary>
    /// The key of any other record of Hub work (an adverse event, a workshop, ...): the kind's prefix (ending in a
    /// colon, as above) keeps it from ever equalling another kind's key.
    /// </summary>
    public string KeyOf(string kindPrefix, Guid id)
    {
        ArgumentNullException.ThrowIfNull(kindPrefix);
        return Key(Encoding.UTF8.GetBytes(kindPrefix), id);
    }

    public void Dispose()
    {
        foreach (var hasher in _hmac.Values)
        {
            hasher.Hmac.Dispose();
        }

        _hmac.Dispose();
    }

    /// <summary>HMAC-SHA256 of the prefix and the id's bytes (<see cref="Guid.ToByteArray()"/>), base64url.</summary>
    private string Key(ReadOnlySpan<byte> prefix, Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        var hmac = _hmac.Value!.Hmac;
        hmac.AppendData(prefix);
        hmac.AppendData(bytes);
        Span<byte> hash = stackalloc byte[32];
        hmac.GetHashAndReset(hash);
        return Base64Url.EncodeToString(hash);
    }

    private sealed class Hasher(IncrementalHash hmac)
    {
        public IncrementalHash Hmac { get; } = hmac;

        public Guid LastJourney { get; set; }

        public string? LastJourneyKey { get; set; }
    }
}
