using Microsoft.Extensions.Options;

namespace Hubs.ServiceDefaults.Email;

/// <summary>Development mailbox: each message becomes an <c>.eml</c> file that any mail client opens.</summary>
internal sealed class PickupDirectoryEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var directory = options.Value.PickupDirectory!;
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml");
        using var mime = MimeMessages.From(message, options.Value);
        // Written aside and renamed, so a reader never opens a half-written message.
        await mime.WriteToAsync(file + ".part", cancellationToken);
        File.Move(file + ".part", file);
    }
}
