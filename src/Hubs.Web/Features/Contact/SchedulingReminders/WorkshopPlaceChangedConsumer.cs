using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Workshops;
using Marten;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Hubs.Web.Features.Contact.SchedulingReminders;

/// <summary>
/// Keeps a workshop place's reminders in step with it, as appointment reminders are: booking queues one per offset
/// before the workshop (on the journey whose contact preferences apply), giving the place up cancels them. A place
/// booked by someone who never referred themselves has no stated preferences, so no reminders.
/// </summary>
public sealed class WorkshopPlaceChangedConsumer(
    ReminderSchedule schedule,
    IQuerySession query,
    IOptions<ContactOptions> options,
    TimeProvider clock
) : IConsumer<WorkshopPlaceChanged>
{
    public async Task Consume(ConsumeContext<WorkshopPlaceChanged> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var change = context.Message;
        var now = clock.GetUtcNow();
        if (change.Cancelled)
        {
            await schedule.CancelAsync(
                change.PlaceId,
                change.StreamVersion,
                "Workshop place cancelled.",
                now,
                context.CancellationToken,
                ContactKind.WorkshopReminder
            );
            return;
        }

        var workshop = await query.LoadAsync<Workshop>(change.WorkshopId, context.CancellationToken)
            ?? throw new InvalidOperationException("The workshop of a place change is missing.");
        if (workshop.Place(change.PlaceId) is not { ContactJourneyId: { } journeyId })
        {
            return;
        }

        await schedule.ScheduleAsync(
            journeyId,
            change.PlaceId,
            workshop.StartsAt,
            options.Value.OffsetsFor(workshop.HubId),
            change.StreamVersion,
            now,
            context.CancellationToken,
            ContactKind.WorkshopReminder
        );
    }
}

/// <summary>A quorum queue with the appointment reminders' retry policy.</summary>
public sealed class WorkshopPlaceChangedConsumerDefinition : ConsumerDefinition<WorkshopPlaceChangedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<WorkshopPlaceChangedConsumer> consumerConfigurator,
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
