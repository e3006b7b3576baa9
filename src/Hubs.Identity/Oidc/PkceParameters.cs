using System.Text.RegularExpressions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hubs.Identity.Oidc;

/// <summary>
/// RFC 7636 shapes that OpenIddict does not check itself: an S256 challenge is the 43-character base64url of a
/// SHA-256 hash, and a verifier 43 to 128 unreserved characters. Anything else is the client's mistake
/// (<c>invalid_request</c>), not a challenge no verifier can ever meet.
/// </summary>
internal static partial class PkceParameters
{
    public const int Order = ControlCharacterParameters.Order + 1_000;

    public static ValueTask RejectMalformedChallengeAsync(
        OpenIddictServerEvents.ValidateAuthorizationRequestContext context
    )
    {
        if (context.Request.CodeChallenge is { } challenge && !Challenge().IsMatch(challenge))
        {
            context.Reject(Errors.InvalidRequest, "The 'code_challenge' parameter is not a base64url SHA-256 hash.");
        }

        return ValueTask.CompletedTask;
    }

    public static ValueTask RejectMalformedVerifierAsync(OpenIddictServerEvents.ValidateTokenRequestContext context)
    {
        if (context.Request.CodeVerifier is { } verifier && !Verifier().IsMatch(verifier))
        {
            context.Reject(
                Errors.InvalidRequest,
                "The 'code_verifier' parameter must be 43 to 128 unreserved characters."
            );
        }

        return ValueTask.CompletedTask;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex Challenge();

    [GeneratedRegex("^[A-Za-z0-9._~-]{43,128}$")]
    private static partial Regex Verifier();
}
