using System.Security.Cryptography;

namespace Hubs.Web.Features.Privacy;

/// <summary>
/// The master key that wraps every keyworker's data key in <c>clinical.keyworker_keys</c>, so a copy of
/// the database alone opens nothing. <c>DataKeys:MasterKey</c> (base64 of 32 random bytes, from the
/// secret store) wraps new keys; <c>DataKeys:PreviousMasterKeys:N</c> still unwrap keys written before a
/// rotation until <c>rewrap-data-keys</c> has moved them on. A key's id is its fingerprint, recorded
/// beside each wrapped data key, so no id has to be configured or kept in step.
/// </summary>
public sealed class MasterKeys
{
    /// <summary>Rows written before data keys were wrapped hold the raw key; rewrapping wraps them.</summary>
    public const string Unwrapped = "unwrapped";

    private readonly Dictionary<string, byte[]> _keys = [];

    public MasterKeys(string current, IEnumerable<string> previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        CurrentId = Add(current);
        foreach (var key in previous)
        {
            Add(key);
        }
    }

    public string CurrentId { get; }

    public static MasterKeys From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var current = configuration["DataKeys:MasterKey"]
            ?? throw new InvalidOperationException(
                "DataKeys:MasterKey is not configured (base64 of 32 random bytes, from the secret store)."
            );
        return new MasterKeys(current, configuration.GetSection("DataKeys:PreviousMasterKeys").Get<string[]>() ?? []);
    }

    public static string IdOf(byte[] masterKey) => Convert.ToHexStringLower(SHA256.HashData(masterKey))[..16];

    public byte[] Wrap(Guid keyworkerId, byte[] dataKey) => DataKeyCipher.Seal(_keys[CurrentId], keyworkerId, dataKey);

    public byte[] Unwrap(Guid keyworkerId, string masterKeyId, byte[] stored) =>
        masterKeyId == Unwrapped ? stored
        : _keys.TryGetValue(masterKeyId, out var master) ? DataKeyCipher.Open(master, keyworkerId, stored)
        : throw new InvalidOperationException(
            $"Data key wrapped by master key {masterKeyId}, which is "
                + "not configured: add it to DataKeys:PreviousMasterKeys."
        );

    private string Add(string base64)
    {
        var key = Convert.FromBase64String(base64);
        if (key.Length != 32)
        {
            throw new InvalidOperationException("A data-key master key must be 32 bytes (base64 of 32 random bytes).");
        }

        var id = IdOf(key);
        _keys[id] = key;
        return id;
    }
}
