using MimeKit;

namespace Hubs.Web.Tests.Contact;

/// <summary>What reached a keyworker: emails in the development mailbox, texts in the SMS folder.</summary>
public static class Outbox
{
    public static List<MimeMessage> EmailsTo(string mailbox, string address) =>
        Directory
            .GetFiles(mailbox, "*.eml")
            .Order()
            .Select(file => MimeMessage.Load(file))
            .Where(m => m.To.Mailboxes.Any(box => box.Address == address))
            .ToList();

    public static List<string> TextsTo(string folder, string number) =>
        Directory
            .GetFiles(folder, "*.txt")
            .Order()
            .Select(File.ReadAllText)
            .Where(text => text.StartsWith($"To: {number}\n", StringComparison.Ordinal))
            .ToList();

    /// <summary>Everything a person would see of an email: sender, subject and body.</summary>
    public static string Seen(MimeMessage message) => $"{message.From}\n{message.Subject}\n{message.TextBody}";
}
