using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hubs.ServiceDefaults.Email;

/// <summary>The one email sender every host shares (Identity's account emails, Web's reminders and notices).</summary>
public static class EmailSetup
{
    /// <summary>
    /// The sender is chosen when first needed, so operator commands (<c>migrate</c>) run without
    /// email settings while a host fails loudly on its first email if none are configured.
    /// </summary>
    public static IServiceCollection AddHubsEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddSingleton<IEmailSender>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<EmailOptions>>();
            return !string.IsNullOrWhiteSpace(options.Value.PickupDirectory) ? new PickupDirectoryEmailSender(options)
                : !string.IsNullOrWhiteSpace(options.Value.SmtpHost) ? new SmtpEmailSender(options)
                : throw new InvalidOperationException(
                    "Configure Email:SmtpHost, or Email:PickupDirectory for a development mailbox."
                );
        });
        return services;
    }
}
