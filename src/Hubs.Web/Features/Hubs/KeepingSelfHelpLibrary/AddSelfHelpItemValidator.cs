using FluentValidation;

namespace Hubs.Web.Features.Hubs.KeepingSelfHelpLibrary;

/// <summary>
/// A library entry: short plain text (no control characters) and an absolute https link with no user name or
/// password in it, so nothing a keyworker opens can run script or leave the secure web.
/// </summary>
public sealed class AddSelfHelpItemValidator : AbstractValidator<AddSelfHelpItem>
{
    public const int MaxTitle = 120;
    public const int MaxSummary = 600;
    public const int MaxLink = 500;

    public AddSelfHelpItemValidator()
    {
        RuleFor(x => x.Title)
            .NotEmpty()
            .WithMessage("Enter a title.")
            .MaximumLength(MaxTitle)
            .WithMessage($"The title must be {MaxTitle} characters or fewer.")
            .Must(PlainText)
            .WithMessage("The title must be plain text on one line.");
        RuleFor(x => x.Summary)
            .NotEmpty()
            .WithMessage("Enter a short summary in plain English.")
            .MaximumLength(MaxSummary)
            .WithMessage($"The summary must be {MaxSummary} characters or fewer.")
            .Must(text => text is null || text.All(c => !char.IsControl(c) || c is '\n' or '\r'))
            .WithMessage("The summary must be plain text.");
        RuleFor(x => x.Link)
            .NotEmpty()
            .WithMessage("Enter the link, starting with https://")
            .MaximumLength(MaxLink)
            .WithMessage($"The link must be {MaxLink} characters or fewer.")
            .Must(link => SafeLink(link) is not null)
            .WithMessage("Enter a full web address starting with https://, like https://www.nhs.uk/mental-health/");
    }

    /// <summary>
    /// The link as a URI when it is an absolute https address with a host and no credentials; else null.
    /// </summary>
    public static Uri? SafeLink(string? link) =>
        Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0
        && !link!.Any(char.IsControl)
            ? uri
            : null;

    private static bool PlainText(string? text) => text is null || !text.Any(char.IsControl);
}
