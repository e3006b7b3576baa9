using Hubs.ServiceDefaults.Email;
using Hubs.Web.Features.Contact.DeliveringMessages;
using Hubs.Web.Features.Contact.ExchangingMessages;
using Hubs.Web.Features.Contact.SchedulingReminders;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys.ContactRules;
using Marten;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Hubs.Web.Features.Contact;

public static class ContactSetup
{
    /// <summary>
    /// Reminders, notices and secure messages: the schedule table (created by <c>migrate</c> with the rest of
    /// the clinical schema), the dispatcher every replica runs, the email sender shared with Identity and the
    /// SMS sender (<c>Sms:PickupDirectory</c> in development, <c>Sms:GatewayUrl</c> otherwise).
    /// </summary>
    public static IServiceCollection AddContact(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ContactOptions>(configuration.GetSection(ContactOptions.Section));
        services.Configure<SmsOptions>(configuration.GetSection("Sms"));
        services.AddHubsEmail(configuration);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(configuration["Hubs:TimeZone"] ?? "Europe/London");
        services.AddSingleton(provider => new ContactSettings(
            provider.GetRequiredService<HubDirectory>(),
            provider.GetRequiredService<IOptions<ContactOptions>>(),
            zone
        ));
        services.AddHttpClient<HttpSmsSender>();
        services.AddSingleton<ISmsSender>(provider =>
        {
            var sms = provider.GetRequiredService<IOptions<SmsOptions>>();
            return !string.IsNullOrWhiteSpace(sms.Value.PickupDirectory)
                    ? ActivatorUtilities.CreateInstance<FolderSmsSender>(provider)
                : sms.Value.GatewayUrl is not null ? provider.GetRequiredService<HttpSmsSender>()
                : throw new InvalidOperationException(
                    "Configure Sms:GatewayUrl, or Sms:PickupDirectory for a development folder."
                );
        });
        services.AddSingleton<ContactSenders>();
        services.AddSingleton<ReminderSchedule>();
        services.AddSingleton<AppointmentChangePublisher>();
        services.AddScoped<DueContactProcessor>();
        services.AddScoped<ThreadForm>();
        services.AddHostedService<ContactDispatcher>();
        services.ConfigureMarten(options =>
        {
            options.Storage.ExtendedSchemaObjects.Add(ContactScheduleTable.Create());
            options.Schema.For<SecureMessage>().Index(m => m.JourneyId);
        });
        return services;
    }

    /// <summary>The consumers of internal contact messages, for <c>AddHubsMessaging</c>.</summary>
    public static void AddContactConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<AppointmentScheduleChangedConsumer, AppointmentScheduleChangedConsumerDefinition>();
        bus.AddConsumer<WorkshopPlaceChangedConsumer, WorkshopPlaceChangedConsumerDefinition>();
    }
}
