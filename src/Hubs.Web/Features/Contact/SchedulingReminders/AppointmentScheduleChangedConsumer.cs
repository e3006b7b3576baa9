using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.ContactRules;
using Marten;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Hubs.Web.Features.Contact.SchedulingReminders;

/// <summary>
/// Keeps an appointment's reminders in step with it: booking queues them, moving moves them, closing removes them.
/// </summary>
public sealed class AppointmentScheduleChangedConsumer(
    ReminderSchedule schedule,
    IQuerySession query,
    IOptions<ContactOptions> options,
    TimeProvider clock
) : IConsumer<AppointmentScheduleChanged>
{
    public async Task Consume(ConsumeContext<AppointmentScheduleChanged> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var change = context.Message;
        var now = clock.GetUtcNow();
        if (change.StartsAt is not { } startsAt)
        {
            await schedule.CancelAsync(
                change.AppointmentId,
                change.StreamVersion,
                $"Appointment {change.Closed ?? "closed"}.",
                now,
                context.CancellationToken
            );
            if (
                change.NoticeWanted
                && await query.LoadAsync<Journey>(change.JourneyId, context.CancellationToken) is { } ended
                && ended.FindAppointment(change.AppointmentId) is { } cancelled
            )
            {
                await schedule.QueueCancellationNoticeAsync(
                    change.JourneyId,
                    cancelled.Id,
                    cancelled.StartsAt,
                    change.StreamVersion,
                    now,
                    context.CancellationToken
                );
            }

            return;
        }

        var journey = await query.LoadAsync<Journey>(change.JourneyId, context.CancellationToken)
            ?? throw new InvalidOperationException("The journey of an appointment change is missing.");
        await schedule.ScheduleAsync(
            change.JourneyId,
            change.AppointmentId,
            startsAt,
            options.Value.OffsetsFor(journey.HubId),
            change.StreamVersion,
            now,
            context.CancellationToken
        );
    }
}

/// <summary>
/// A quorum queue (replicated on a broker cluster, deploy/SCALING.md); retries a few times (a database blip), then
/// the message goes to the error queue for an operator.
/// </summary>
public sealed class AppointmentScheduleChangedConsumerDefinition
    : ConsumerDefinition<AppointmentScheduleChangedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<AppointmentScheduleChangedConsumer> consumerConfigurator,
        IRegistrationContext context
    )
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
        }

        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(200, 1000, 5000, 15000));
    }
}
