using Microsoft.Extensions.Options;

namespace Hubs.Identity.Email;

internal static class EmailSetup
{
    /// <summary>
    /// The sender is chosen when first needed, so operator commands (<c>migrate</c>) run without
    /// email settings while the web host fails loudly on its first email if none are configured.
    /// </summary>
    public static WebApplicationBuilder AddHubsEmail(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<EmailOptions>(builder.Configuration.GetSection("Email"));
        builder.Services.AddSingleton<IEmailSender>(services =>
        {
            var options = services.GetRequiredService<IOptions<EmailOptions>>();
            return !string.IsNullOrWhiteSpace(options.Value.PickupDirectory) ? new PickupDirectoryEmailSender(options)
                : !string.IsNullOrWhiteSpace(options.Value.SmtpHost) ? new SmtpEmailSender(options)
                : throw new InvalidOperationException("Configure Email:SmtpHost, or Email:PickupDirectory for a development mailbox.");
        });
        return builder;
    }
}
