using Marten;

namespace Hubs.Web.Features.Clinicians;

/// <summary>
/// Profiles stored while a clinician belonged to one Hub hold only <c>HubId</c> and <c>Active</c>. <c>migrate</c>
/// turns each into the list of Hubs (that one Hub) and, if they had left it, the list of Hubs left; nothing else of
/// the profile changes, not even its version (no admin's open form becomes stale). Profiles already in the new shape
/// are left alone, so it runs any number of times.
/// </summary>
public static class ProfileHubsMigration
{
    public static async Task RunAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var session = store.LightweightSession();
        session.QueueSqlCommand(
            $"update {store.Options.DatabaseSchemaName}.mt_doc_clinicianprofile set data = (data - 'Active') || "
                + "jsonb_build_object('HubIds', jsonb_build_array(data -> 'HubId'), 'LeftHubIds', "
                + "case when data -> 'Active' = 'false'::jsonb then jsonb_build_array(data -> 'HubId') "
                + "else '[]'::jsonb end) where not jsonb_exists(data, 'HubIds')"
        );
        await session.SaveChangesAsync(cancellationToken);
    }
}
