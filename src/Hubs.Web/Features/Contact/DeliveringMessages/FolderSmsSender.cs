using System.Text;
using Microsoft.Extensions.Options;

namespace Hubs.Web.Features.Contact.DeliveringMessages;

/// <summary>Development: each text becomes a file (first line the number, then the words).</summary>
internal sealed class FolderSmsSender(IOptions<SmsOptions> options, TimeProvider clock) : ISmsSender
{
    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var directory = options.Value.PickupDirectory!;
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.txt");
        // Written aside and renamed, so a reader never opens a half-written text.
        await File.WriteAllTextAsync(
            file + ".part",
            $"To: {message.To}\n\n{message.Text}\n",
            Encoding.UTF8,
            cancellationToken
        );
        File.Move(file + ".part", file);
    }
}
