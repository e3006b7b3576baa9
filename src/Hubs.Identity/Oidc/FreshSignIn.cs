using Hubs.Identity.Accounts;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hubs.Identity.Oidc;

/// <summary>
/// <c>prompt=login</c> and <c>max_age</c> (OpenID Connect Core 3.1.2.1): the client wants a sign-in newer than the
/// session it would otherwise get. After that sign-in the person comes back to the same request without those asks
/// (else <c>prompt=login</c> would send them round for ever); the id_token's <c>auth_time</c> lets the client check.
/// </summary>
internal static class FreshSignIn
{
    public static bool IsNeeded(OpenIddictRequest request, long? authTime, DateTimeOffset now) =>
        request.HasPromptValue(PromptValues.Login)
        || request.MaxAge is 0
        || (request.MaxAge is { } maxAge && (authTime is null || now.ToUnixTimeSeconds() - authTime.Value > maxAge));

    /// <summary>The request's own parameters, less <c>login</c> in <c>prompt</c> and less <c>max_age</c>.</summary>
    public static IEnumerable<KeyValuePair<string, StringValues>> WithoutAsks(
        IEnumerable<KeyValuePair<string, StringValues>> parameters
    )
    {
        foreach (var (name, value) in parameters)
        {
            if (name == Parameters.MaxAge)
            {
                continue;
            }

            if (name == Parameters.Prompt)
            {
                var rest = string.Join(
                    ' ',
                    value
                        .ToString()
                        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Where(prompt => prompt != PromptValues.Login)
                );
                if (rest.Length > 0)
                {
                    yield return new(name, rest);
                }

                continue;
            }

            yield return new(name, value);
        }
    }
}
