using MassTransit;

namespace Hubs.Insights.Consumers;

/// <summary>
/// Every milestone consumer, all on one durable quorum queue (bound to each contract's exchange) with the
/// shared delivery policy. One queue rather than one per contract: each quorum queue is a Raft group the
/// broker must run, and the consumers need no ordering between contracts anyway.
/// </summary>
public static class MilestoneConsumers
{
    public const string QueueName = "insights-milestones";

    public static readonly IReadOnlyList<Type> All =
    [
        typeof(ReferralSubmittedConsumer),
        typeof(JourneyScreenedConsumer),
        typeof(JourneyTriagedConsumer),
        typeof(JourneyAssessedConsumer),
        typeof(AppointmentOutcomeRecordedConsumer),
        typeof(SessionMeasuredConsumer),
        typeof(JourneyDischargedConsumer),
        typeof(KeyworkerWithdrewConsumer),
        typeof(TeamActivityRecordedConsumer),
        typeof(ExperienceGivenConsumer),
        typeof(WorkOutcomesMeasuredConsumer),
        typeof(ThemesCodedConsumer),
        typeof(MeasureResultRecordedConsumer),
        typeof(JourneyReferredOnConsumer),
        typeof(OnwardReferralAnsweredConsumer),
        typeof(CareSteppedConsumer),
        typeof(GroupMeetingRecordedConsumer),
        typeof(GroupMeetingRatedConsumer),
        typeof(JourneyAllocatedConsumer),
        typeof(AppointmentScheduledConsumer),
        typeof(TeamSessionRatedConsumer),
        typeof(AdverseEventRecordedConsumer),
        typeof(WorkshopRecordedConsumer),
        typeof(ConsultationRecordedConsumer),
        typeof(OutreachRecordedConsumer),
    ];

    public static void Register(IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        foreach (var consumer in All)
        {
            bus.AddConsumer(consumer, typeof(MilestoneConsumerDefinition<>).MakeGenericType(consumer))
                .Endpoint(endpoint => endpoint.Name = QueueName);
        }
    }
}
