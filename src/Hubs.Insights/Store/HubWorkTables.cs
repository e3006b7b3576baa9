namespace Hubs.Insights.Store;

/// <summary>
/// Issue 21's Hub work beyond reflective groups, one row per published step (key and stream version, so a
/// redelivery or a rebuild adds nothing): the steps of each adverse event's response and of each workshop, the
/// consultations and the outreach contacts. Codes, bands and counts only;
/// never a department, an organisation or a name. Idempotent, applied by <c>migrate</c>.
/// </summary>
internal static class HubWorkTables
{
    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS insights.adverse_event_steps (
            event_key text NOT NULL,
            stream_version bigint NOT NULL,
            hub_id text NOT NULL,
            iso_week text NOT NULL,
            month text NOT NULL,
            step text NOT NULL,
            staff_involved text NOT NULL,
            target_hours integer NOT NULL,
            response_band text,
            within_target boolean,
            day_mark integer,
            PRIMARY KEY (event_key, stream_version)
        );
        ALTER TABLE insights.adverse_event_steps ADD COLUMN IF NOT EXISTS sector text;
        CREATE TABLE IF NOT EXISTS insights.workshop_steps (
            workshop_key text NOT NULL,
            stream_version bigint NOT NULL,
            hub_id text NOT NULL,
            iso_week text NOT NULL,
            month text NOT NULL,
            step text NOT NULL,
            measure text NOT NULL,
            booked integer,
            attended integer,
            change text,
            total_change integer,
            PRIMARY KEY (workshop_key, stream_version)
        );
        CREATE TABLE IF NOT EXISTS insights.consultation_steps (
            consultation_key text NOT NULL,
            stream_version bigint NOT NULL,
            hub_id text NOT NULL,
            iso_week text NOT NULL,
            month text NOT NULL,
            step text NOT NULL,
            advice_area text NOT NULL,
            about text NOT NULL,
            organisation_type text NOT NULL,
            sector text NOT NULL,
            PRIMARY KEY (consultation_key, stream_version)
        );
        CREATE TABLE IF NOT EXISTS insights.outreach (
            outreach_key text NOT NULL,
            stream_version bigint NOT NULL,
            hub_id text NOT NULL,
            iso_week text NOT NULL,
            month text NOT NULL,
            kind text NOT NULL,
            organisation_type text NOT NULL,
            sector text NOT NULL,
            attendees integer NOT NULL,
            PRIMARY KEY (outreach_key, stream_version)
        );
        """;
}
