using System.ComponentModel.DataAnnotations;

namespace Hubs.Identity.Accounts;

/// <summary>
/// The one test of a typed email address, for every form and the accounts API: at most 254 characters, no
/// control characters (a NUL cannot be looked up in PostgreSQL), and the format Identity itself checks.
/// An empty field is left to <see cref="RequiredAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AccountEmailAttribute : ValidationAttribute
{
    public const string Message = "Enter an email address in the correct format, like name@example.com";

    public AccountEmailAttribute()
        : base(Message) { }

    public static bool IsWellFormed(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var trimmed = email.Trim();
        return trimmed.Length <= 254 && !trimmed.Any(char.IsControl) && new EmailAddressAttribute().IsValid(trimmed);
    }

    public override bool IsValid(object? value) =>
        value is not string email || email.Length == 0 || IsWellFormed(email);
}
