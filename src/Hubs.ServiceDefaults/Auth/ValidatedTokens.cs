using System.Collections.Concurrent;
using Microsoft.IdentityModel.Tokens;

namespace Hubs.ServiceDefaults.Auth;

/// <summary>
/// A bearer token's full check (RSA signature, parsing, issuer, audience, lifetime) done once, its result kept until
/// the token expires: a caller sends the same token with every request, and the signature check was the largest part of
/// a write's host CPU that could go (benchmarks/SCALE.md, "Write path: the host's CPU"). A kept result is reused only
/// for the very same token string, only while the issuer publishes the same signing keys, and only until the token's
/// own expiry by the host's clock; anything else is checked by <paramref name="inner"/> afresh. The claims are copied
/// for each request, so nothing a request adds to its caller reaches another.
/// </summary>
internal sealed class ValidatedTokens(TokenHandler inner, TimeProvider clock) : TokenHandler
{
    /// <summary>Results kept at most; past it the expired go, and if none had, all do.</summary>
    internal const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Kept> _kept = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(
        string token,
        TokenValidationParameters validationParameters
    )
    {
        ArgumentNullException.ThrowIfNull(validationParameters);
        var keys = KeysOf(validationParameters);
        var now = clock.GetUtcNow().UtcDateTime;
        if (_kept.TryGetValue(token, out var kept))
        {
            if (kept.Keys == keys && now < kept.Expires)
            {
                return new TokenValidationResult
                {
                    IsValid = true,
                    ClaimsIdentity = kept.Result.ClaimsIdentity.Clone(),
                    SecurityToken = kept.Result.SecurityToken,
                    Issuer = kept.Result.Issuer,
                    TokenType = kept.Result.TokenType,
                };
            }

            _kept.TryRemove(token, out _);
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } validated && now < validated.ValidTo)
        {
            Keep(token, new Kept(result, keys, validated.ValidTo));
        }

        return result;
    }

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    private void Keep(string token, Kept kept)
    {
        if (_kept.Count >= Capacity)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var (old, entry) in _kept)
            {
                if (entry.Expires <= now)
                {
                    _kept.TryRemove(old, out _);
                }
            }

            if (_kept.Count >= Capacity)
            {
                _kept.Clear();
            }
        }

        _kept[token] = kept;
    }

    /// <summary>The signing keys the issuer publishes now, by id: a rotation makes every kept result stale.</summary>
    private static string KeysOf(TokenValidationParameters parameters) =>
        string.Join(
            ' ',
            (parameters.IssuerSigningKeys ?? []).Append(parameters.IssuerSigningKey).Select(k => k?.KeyId ?? "-")
        );

    private sealed record Kept(TokenValidationResult Result, string Keys, DateTime Expires);
}
