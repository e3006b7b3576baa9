using Hubs.Identity.Data;

namespace Hubs.Identity.Email;

/// <summary>The outbox table (created by <c>migrate</c>; safe to run again).</summary>
internal static class EmailOutboxSchema
{
    public const string Create = $"""
        CREATE TABLE IF NOT EXISTS {IdentityDb.Schema}.email_outbox (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            kind text NOT NULL,
            payload text NOT NULL,
            attempts integer NOT NULL DEFAULT 0,
            next_attempt_at timestamptz NOT NULL DEFAULT now(),
            created_at timestamptz NOT NULL DEFAULT now())
        """;
}
