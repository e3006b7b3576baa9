using Weasel.Postgresql.Tables;

namespace Hubs.Web.Features.Contact.SchedulingReminders;

/// <summary>
/// <c>clinical.contact_schedule</c>: one row per planned contact (a reminder for one appointment and offset,
/// or one new-message notice), with its due time and delivery status. Ids only, never an address or a word
/// of the message: those are worked out from the sealed journey at send time, so shredding needs nothing here.
/// </summary>
public static class ContactScheduleTable
{
    public const string Name = "clinical.contact_schedule";

    public static Table Create()
    {
        var table = new Table(Name);
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn<string>("dedupe_key").NotNull();
        table.AddColumn<Guid>("journey_id").NotNull();
        table.AddColumn<Guid>("appointment_id");
        table.AddColumn<string>("kind").NotNull();
        table.AddColumn("appointment_at", "timestamptz");
        table.AddColumn("due_at", "timestamptz").NotNull();
        table.AddColumn<string>("state").NotNull();
        table.AddColumn<long>("source_version").NotNull().DefaultValueByExpression("0");
        table.AddColumn<int>("attempts").NotNull().DefaultValueByExpression("0");
        table.AddColumn<string>("sent_channels").NotNull().DefaultValueByExpression("''");
        table.AddColumn<string>("detail");
        table.AddColumn("updated_at", "timestamptz").NotNull();
        table.Indexes.Add(
            new IndexDefinition("contact_schedule_dedupe") { IsUnique = true }.AgainstColumns("dedupe_key")
        );
        table.Indexes.Add(new IndexDefinition("contact_schedule_due").AgainstColumns("state", "due_at"));
        table.Indexes.Add(new IndexDefinition("contact_schedule_journey").AgainstColumns("journey_id"));
        // An appointment's change finds its reminders by appointment and kind (ReminderSchedule): without this every
        // booking, move or cancellation read the whole schedule (benchmarks/SCALE.md).
        table.Indexes.Add(new IndexDefinition("contact_schedule_appointment").AgainstColumns("appointment_id", "kind"));
        return table;
    }
}

/// <summary>Delivery status a clinician sees on the journey.</summary>
public static class ContactState
{
    public const string Queued = "queued";
    public const string Held = "held-for-safe-time";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string NotSent = "not-sent";
}

public static class ContactKind
{
    public const string Reminder = "appointment-reminder";
    public const string NewMessage = "new-message-notice";
    public const string CancellationNotice = "cancellation-notice";
    public const string ReferralReceived = "referral-received";
    public const string WorkshopReminder = "workshop-reminder";
}
