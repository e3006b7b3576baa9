namespace Hubs.ServiceDefaults.Email;

/// <summary>The <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public string From { get; set; } = "Hubs <no-reply@hubs.invalid>";

    /// <summary>When set, messages are written here as <c>.eml</c> files instead of being sent.</summary>
    public string? PickupDirectory { get; set; }

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>
    /// <c>StartTls</c> (default; port 465: <c>SslOnConnect</c>), <c>SslOnConnect</c>, or <c>None</c> — only to a
    /// relay on this machine (a loopback host), such as a mail sidecar that relays onwards over TLS.
    /// </summary>
    public string? SmtpSecurity { get; set; }
}
