namespace Hubs.Identity.Email;

internal static class EmailSetup
{
    public static WebApplicationBuilder AddHubsEmail(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Email");
        builder.Services.Configure<EmailOptions>(section);
        var options = section.Get<EmailOptions>() ?? new EmailOptions();
        if (!string.IsNullOrWhiteSpace(options.PickupDirectory))
        {
            builder.Services.AddSingleton<IEmailSender, PickupDirectoryEmailSender>();
        }
        else if (!string.IsNullOrWhiteSpace(options.SmtpHost))
        {
            builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            throw new InvalidOperationException("Configure Email:SmtpHost, or Email:PickupDirectory for a development mailbox.");
        }

        return builder;
    }
}
