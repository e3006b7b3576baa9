using System.Text.RegularExpressions;
using MimeKit;

namespace Hubs.Testing;

/// <summary>Reads the development mailbox (<c>Email:PickupDirectory</c>) as a person would read their email.</summary>
public static partial class Mailbox
{
    public static async Task<MimeMessage> WaitForAsync(string directory, string to, string subject)
    {
        MimeMessage? found = null;
        await Poll.UntilAsync(
            () => (found = Find(directory, to, subject)) is not null,
            $"an email \"{subject}\" to {to}",
            TimeSpan.FromSeconds(10)
        );
        return found!;
    }

    /// <summary>The first link in the message, as a path and query on the Identity host.</summary>
    public static string LinkIn(MimeMessage message) =>
        new Uri(Link().Match(message.TextBody ?? string.Empty).Value).PathAndQuery;

    /// <summary>Every message to <paramref name="to"/> so far, oldest first.</summary>
    public static IReadOnlyList<MimeMessage> AllTo(string directory, string to) =>
        !Directory.Exists(directory)
            ? []
            :
            [
                .. Directory
                    .GetFiles(directory, "*.eml")
                    .Order()
                    .Select(file => MimeMessage.Load(file))
                    .Where(message => message.To.Mailboxes.Any(box => box.Address == to)),
            ];

    private static MimeMessage? Find(string directory, string to, string subject) =>
        !Directory.Exists(directory)
            ? null
            : Directory
                .GetFiles(directory, "*.eml")
                .Order()
                .Select(file => MimeMessage.Load(file))
                .LastOrDefault(message =>
                    message.To.Mailboxes.Any(box => box.Address == to) && message.Subject == subject
                );

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
