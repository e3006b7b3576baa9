using Hubs.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace Hubs.Identity.Accounts;

/// <summary>
/// Refuses passwords on our list of common choices (NIST SP 800-63B style: length and a deny-list,
/// no composition rules). Comparison ignores case and surrounding spaces.
/// </summary>
public sealed class DenyListPasswordValidator : IPasswordValidator<HubsUser>
{
    private static readonly Lazy<HashSet<string>> Denied = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<HubsUser> manager, HubsUser user, string? password)
    {
        var candidate = (password ?? string.Empty).Trim();
        var refused =
            Denied.Value.Contains(candidate)
            || (
                user.Email?.Split('@')[0] is { Length: >= 4 } local
                && candidate.Contains(local, StringComparison.OrdinalIgnoreCase)
            );
        return Task.FromResult(
            refused
                ? IdentityResult.Failed(
                    new IdentityError
                    {
                        Code = "PasswordDenied",
                        Description =
                            "Choose a password that is harder to guess: this "
                            + "one is too common or contains your email address.",
                    }
                )
                : IdentityResult.Success
        );
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(DenyListPasswordValidator).Assembly.GetManifestResourceStream(
            "Hubs.Identity.common-passwords.txt"
        ) ?? throw new InvalidOperationException("The password deny-list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.Trim());
            }
        }

        return words;
    }
}
