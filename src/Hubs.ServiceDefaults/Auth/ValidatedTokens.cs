using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;

namespace Hubs.ServiceDefaults.Auth;

/// <summary>
/// A bearer token's full check (signature, issuer, audience, lifetime) done by <paramref name="inner"/> once, its
/// success kept: a caller sends the same token with every request, and the RSA signature check was the largest part of
/// a write's host CPU that could go (benchmarks/SCALE.md). A kept success is reused only for the very same token
/// (keyed by the SHA-256 of the whole string), only while the issuer's discovery document and keys are the very ones it
/// was checked with (a key rotation or any refresh of them makes every kept check stale), and only until the token's
/// own expiry by the system clock, the clock the handler checks lifetimes by (never a host's injected clock, which
/// tests move). Failures are never kept. At most <paramref name="capacity"/> successes are kept; past that the least
/// recently used go. The cache is per process and holds only pure checks, so replicas need not share it.
/// Nothing is revoked before its expiry today (the APIs check tokens by the issuer's published keys alone; Identity has
/// no revocation or introspection endpoint), so keeping a check hides no revocation.
/// </summary>
#pragma warning disable CA1001 // It lives as long as the host's bearer options, which nothing disposes.
internal sealed class ValidatedTokens(TokenHandler inner, int capacity = ValidatedTokens.Capacity) : TokenHandler
{
    /// <summary>Successes kept at most: each holds its token parsed and its claims, a few KB.</summary>
    internal const int Capacity = 4_096;

    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = capacity });

    internal int Count => _kept.Count;

    public override async Task<TokenValidationResult> ValidateTokenAsync(
        string token,
        TokenValidationParameters validationParameters
    )
    {
        ArgumentNullException.ThrowIfNull(validationParameters);
        if (validationParameters.ConfigurationManager is not { } issuer || string.IsNullOrEmpty(token))
        {
            return await inner.ValidateTokenAsync(token, validationParameters);
        }

        BaseConfiguration published;
        try
        {
            published = await issuer.GetBaseConfigurationAsync(CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // The issuer cannot be read: the handler fails the token as it always has.
            return await inner.ValidateTokenAsync(token, validationParameters);
        }

        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        if (
            _kept.TryGetValue(key, out Kept? kept)
            && ReferenceEquals(kept!.Published, published)
            && TimeProvider.System.GetUtcNow().UtcDateTime < kept.Until
        )
        {
            return kept.Result();
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (
            result is { IsValid: true, SecurityToken: { } checkedToken, ClaimsIdentity: { } caller }
            && published.SigningKeys.Any(signing => ReferenceEquals(signing, checkedToken.SigningKey))
            && TimeProvider.System.GetUtcNow().UtcDateTime < checkedToken.ValidTo
        )
        {
            var until = DateTime.SpecifyKind(checkedToken.ValidTo, DateTimeKind.Utc);
            _kept.Set(
                key,
                new Kept(checkedToken, caller.Clone(), result.Issuer, result.TokenType, published, until),
                new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = until }
            );
        }

        return result;
    }

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    private sealed record Kept(
        SecurityToken Token,
        ClaimsIdentity Caller,
        string Issuer,
        string TokenType,
        BaseConfiguration Published,
        DateTime Until
    )
    {
        /// <summary>
        /// A fresh copy of the caller's claims for each request: nothing one request adds reaches another.
        /// </summary>
        public TokenValidationResult Result() =>
            new()
            {
                IsValid = true,
                SecurityToken = Token,
                ClaimsIdentity = Caller.Clone(),
                Issuer = Issuer,
                TokenType = TokenType,
            };
    }
}
