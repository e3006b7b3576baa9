using Hubs.ServiceDefaults.Health;
using Hubs.Web.Features.Contact.SchedulingReminders;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Publishing;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using JasperFx.OpenTelemetry;
using Marten;
using Npgsql;

namespace Hubs.Web.Infrastructure;

internal static class MartenSetup
{
    /// <summary>
    /// The clinical event store in schema <c>clinical</c>: one stream per journey, correlation and
    /// causation ids recorded, the async daemon in HotCold mode (one leader across replicas, chosen by
    /// an advisory lock) running the milestone publisher and the appointment-change publisher (Features/Contact).
    /// Schema objects are created automatically only when <c>Hubs:Schema:AutoCreate</c> is true (development);
    /// production runs <c>migrate</c>.
    /// </summary>
    public static IServiceCollection AddClinicalEventStore(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        var connectionString = configuration.GetConnectionString("Clinical")
            ?? throw new InvalidOperationException("ConnectionStrings:Clinical is not configured.");
        var autoCreate = configuration.GetValue("Hubs:Schema:AutoCreate", false);
        var daemonMode = configuration.GetValue("Hubs:Daemon:Mode", DaemonMode.HotCold);
        var leadershipPolling = configuration.GetValue("Hubs:Daemon:LeadershipPollingMilliseconds", 5000);

        services.AddSingleton(_ => ClinicalDataSource.Create(connectionString));
        services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [HealthTags.Ready]);
        var marten = services
            .AddMarten(options =>
            {
                options.DatabaseSchemaName = "clinical";
                options.Events.DatabaseSchemaName = "clinical";
                options.Events.StreamIdentity = StreamIdentity.AsGuid;
                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.CausationIdEnabled = true;
                options.AutoCreateSchemaObjects = autoCreate ? AutoCreate.CreateOrUpdate : AutoCreate.None;
                options.Projections.Snapshot<Journey>(SnapshotLifecycle.Inline);
                options.Listeners.Add(new Features.Journeys.Events.StreamEventGuard());
                options.Projections.LeadershipPollingTime = leadershipPolling;

                // Spans per connection and a counter of appended events, exported when OTLP is configured.
                options.OpenTelemetry.TrackConnections = TrackLevel.Normal;
                options.OpenTelemetry.TrackEventCounters();
            })
            .UseNpgsqlDataSource()
            .UseLightweightSessions()
            .AddAsyncDaemon(daemonMode)
            .AddSubscriptionWithServices<MilestonePublishingSubscription>(ServiceLifetime.Singleton, subscription =>
                subscription.Name = MilestonePublishingSubscription.SubscriptionName
            )
            .AddSubscriptionWithServices<AppointmentChangeSubscription>(ServiceLifetime.Singleton, subscription =>
                subscription.Name = AppointmentChangeSubscription.SubscriptionName
            );
        if (autoCreate)
        {
            // Development: the whole schema up front, so the daemon and every read find their tables.
            marten.ApplyAllDatabaseChangesOnStartup();
        }

        return services;
    }
}
