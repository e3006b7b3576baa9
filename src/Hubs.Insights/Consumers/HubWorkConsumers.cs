using Hubs.Contracts.HubWork;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>One row per step of an adverse event's response; a redelivered step changes nothing.</summary>
public sealed class AdverseEventRecordedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<AdverseEventRecorded, AdverseEventRecordedConsumer>(applyOnce),
        IMilestoneEffect<AdverseEventRecorded>
{
    private static readonly MessageRow<AdverseEventRecorded> Row = MessageRow.Once<AdverseEventRecorded>(
        "insights.adverse_event_steps",
        keyLength: 2,
        ("event_key", m => m.ActivityKey),
        ("stream_version", m => m.StreamVersion),
        ("hub_id", m => m.HubId),
        ("iso_week", m => m.IsoWeek),
        ("month", m => m.Month),
        ("step", m => m.Step),
        ("staff_involved", m => m.StaffInvolved),
        ("target_hours", m => m.FirstContactTargetHours),
        ("response_band", m => m.ResponseBand),
        ("within_target", m => m.WithinTarget),
        ("day_mark", m => m.DayMark),
        ("sector", m => m.Sector)
    );

    public static Statement[] Effect(AdverseEventRecorded message) => [Row.Of(message)];
}

/// <summary>One row per step of a workshop (held, a measure paired, a coaching call held).</summary>
public sealed class WorkshopRecordedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<WorkshopRecorded, WorkshopRecordedConsumer>(applyOnce),
        IMilestoneEffect<WorkshopRecorded>
{
    private static readonly MessageRow<WorkshopRecorded> Row = MessageRow.Once<WorkshopRecorded>(
        "insights.workshop_steps",
        keyLength: 2,
        ("workshop_key", m => m.ActivityKey),
        ("stream_version", m => m.StreamVersion),
        ("hub_id", m => m.HubId),
        ("iso_week", m => m.IsoWeek),
        ("month", m => m.Month),
        ("step", m => m.Step),
        ("measure", m => m.Measure),
        ("booked", m => m.Booked),
        ("attended", m => m.Attended),
        ("change", m => m.Change),
        ("total_change", m => m.TotalChange)
    );

    public static Statement[] Effect(WorkshopRecorded message) => [Row.Of(message)];
}

/// <summary>One row per consultation step (recorded, a team session followed).</summary>
public sealed class ConsultationRecordedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<ConsultationRecorded, ConsultationRecordedConsumer>(applyOnce),
        IMilestoneEffect<ConsultationRecorded>
{
    private static readonly MessageRow<ConsultationRecorded> Row = MessageRow.Once<ConsultationRecorded>(
        "insights.consultation_steps",
        keyLength: 2,
        ("consultation_key", m => m.ActivityKey),
        ("stream_version", m => m.StreamVersion),
        ("hub_id", m => m.HubId),
        ("iso_week", m => m.IsoWeek),
        ("month", m => m.Month),
        ("step", m => m.Step),
        ("advice_area", m => m.AdviceArea),
        ("about", m => m.About),
        ("organisation_type", m => m.OrganisationType),
        ("sector", m => m.Sector)
    );

    public static Statement[] Effect(ConsultationRecorded message) => [Row.Of(message)];
}

/// <summary>One row per outreach contact.</summary>
public sealed class OutreachRecordedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<OutreachRecorded, OutreachRecordedConsumer>(applyOnce),
        IMilestoneEffect<OutreachRecorded>
{
    private static readonly MessageRow<OutreachRecorded> Row = MessageRow.Once<OutreachRecorded>(
        "insights.outreach",
        keyLength: 2,
        ("outreach_key", m => m.ActivityKey),
        ("stream_version", m => m.StreamVersion),
        ("hub_id", m => m.HubId),
        ("iso_week", m => m.IsoWeek),
        ("month", m => m.Month),
        ("kind", m => m.Kind),
        ("organisation_type", m => m.OrganisationType),
        ("sector", m => m.Sector),
        ("attendees", m => m.Attendees)
    );

    public static Statement[] Effect(OutreachRecorded message) => [Row.Of(message)];
}
