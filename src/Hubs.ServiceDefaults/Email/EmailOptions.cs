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
}
