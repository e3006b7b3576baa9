using System.Net;
using MailKit.Security;

namespace Hubs.ServiceDefaults.Email;

/// <summary>
/// <c>Email:SmtpSecurity</c>: TLS to any relay; plain SMTP only to one on this machine, never across a network.
/// </summary>
internal static class SmtpSecurity
{
    public static SecureSocketOptions For(EmailOptions settings) =>
        settings.SmtpSecurity switch
        {
            null or "" => settings.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls,
            "StartTls" => SecureSocketOptions.StartTls,
            "SslOnConnect" => SecureSocketOptions.SslOnConnect,
            "None" when IsLoopback(settings.SmtpHost) => SecureSocketOptions.None,
            "None" => throw new InvalidOperationException(
                "Email:SmtpSecurity None is allowed only for a relay on a loopback address."
            ),
            _ => throw new InvalidOperationException("Email:SmtpSecurity must be StartTls, SslOnConnect or None."),
        };

    private static bool IsLoopback(string? host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
