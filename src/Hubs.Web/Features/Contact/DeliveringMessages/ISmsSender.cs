namespace Hubs.Web.Features.Contact.DeliveringMessages;

/// <summary>One text message to one number; plain words and a link, nothing clinical.</summary>
public sealed record SmsMessage(string To, string Text);

/// <summary>
/// The one way texts leave: <see cref="FolderSmsSender"/> in development (files in a folder),
/// <see cref="HttpSmsSender"/> as the implementation point for a real gateway.
/// </summary>
public interface ISmsSender
{
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default);
}

/// <summary>The <c>Sms</c> configuration section.</summary>
public sealed class SmsOptions
{
    /// <summary>When set, texts are written here as <c>.txt</c> files instead of being sent.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>The gateway's send endpoint (HTTPS); see <see cref="HttpSmsSender"/>.</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>Bearer key for the gateway; a secret, from the environment (<c>Sms__GatewayKey</c>).</summary>
    public string? GatewayKey { get; set; }
}
