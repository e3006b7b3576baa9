namespace Hubs.ServiceDefaults.Email;

/// <summary>
/// A message to one person; the body is plain text (links, no personal details beyond the address).
/// <paramref name="From"/> overrides <c>Email:From</c>, e.g. a neutral sender for discreet messages.
/// </summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? From = null);

/// <summary>The one way a Hubs host sends email: SMTP in production, <c>.eml</c> files in development.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
