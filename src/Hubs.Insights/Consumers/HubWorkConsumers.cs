using Hubs.Contracts.HubWork;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>One row per step of an adverse event's response; a redelivered step changes nothing.</summary>
public sealed class AdverseEventRecordedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<AdverseEventRecorded, AdverseEventRecordedConsumer>(applyOnce),
        IMilestoneEffect<AdverseEventRecorded>
{
    private static readonly RowSql Insert = new(
        """
        INSERT INTO insights.adverse_event_steps (event_key, stream_version, hub_id, iso_week, month, step,
            staff_involved, target_hours, response_band, within_target, day_mark, sector)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
        ON CONFLICT DO NOTHING
        """,
        KeyLength: 2
    );

    public static Statement[] Effect(AdverseEventRecorded message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return
        [
            new Statement(
                Insert,
                m.ActivityKey,
                m.StreamVersion,
                m.HubId,
                m.IsoWeek,
                m.Month,
                m.Step,
                m.StaffInvolved,
                m.FirstContactTargetHours,
                m.ResponseBand,
                m.WithinTarget,
                m.DayMark,
                m.Sector
            ),
        ];
    }
}

/// <summary>One row per step of a workshop (held, a measure paired, a coaching call held).</summary>
public sealed class WorkshopRecordedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<WorkshopRecorded, WorkshopRecordedConsumer>(applyOnce),
        IMilestoneEffect<WorkshopRecorded>
{
    private static readonly RowSql Insert = new(
        """
        INSERT INTO insights.workshop_steps (workshop_key, stream_version, hub_id, iso_week, month, step, measure,
            booked, attended, change, total_change)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        ON CONFLICT DO NOTHING
        """,
        KeyLength: 2
    );

    public static Statement[] Effect(WorkshopRecorded message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return
        [
            new Statement(
                Insert,
                m.ActivityKey,
                m.StreamVersion,
                m.HubId,
                m.IsoWeek,
                m.Month,
                m.Step,
                m.Measure,
                m.Booked,
                m.Attended,
                m.Change,
                m.TotalChange
            ),
        ];
    }
}

/// <summary>One row per consultation step (recorded, a team session followed).</summary>
public sealed class ConsultationRecordedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<ConsultationRecorded, ConsultationRecordedConsumer>(applyOnce),
        IMilestoneEffect<ConsultationRecorded>
{
    private static readonly RowSql Insert = new(
        """
        INSERT INTO insights.consultation_steps (consultation_key, stream_version, hub_id, iso_week, month, step,
            advice_area, about, organisation_type, sector)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        ON CONFLICT DO NOTHING
        """,
        KeyLength: 2
    );

    public static Statement[] Effect(ConsultationRecorded message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return
        [
            new Statement(
                Insert,
                m.ActivityKey,
                m.StreamVersion,
                m.HubId,
                m.IsoWeek,
                m.Month,
                m.Step,
                m.AdviceArea,
                m.About,
                m.OrganisationType,
                m.Sector
            ),
        ];
    }
}

/// <summary>One row per outreach contact.</summary>
public sealed class OutreachRecordedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<OutreachRecorded, OutreachRecordedConsumer>(applyOnce),
        IMilestoneEffect<OutreachRecorded>
{
    private static readonly RowSql Insert = new(
        """
        INSERT INTO insights.outreach (outreach_key, stream_version, hub_id, iso_week, month, kind, organisation_type,
            sector, attendees)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        ON CONFLICT DO NOTHING
        """,
        KeyLength: 2
    );

    public static Statement[] Effect(OutreachRecorded message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return
        [
            new Statement(
                Insert,
                m.ActivityKey,
                m.StreamVersion,
                m.HubId,
                m.IsoWeek,
                m.Month,
                m.Kind,
                m.OrganisationType,
                m.Sector,
                m.Attendees
            ),
        ];
    }
}
