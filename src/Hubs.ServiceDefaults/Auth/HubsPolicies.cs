using Microsoft.AspNetCore.Authorization;

namespace Hubs.ServiceDefaults.Auth;

/// <summary>
/// Named policies for the roles of src/DOMAIN-RULES.md. They check who the caller is; whether a
/// record belongs to the caller (own journey, own Hub) is checked where the record is loaded.
/// </summary>
public static class HubsPolicies
{
    public const string Keyworker = "keyworker";
    public const string ClinicalStaff = "clinical-staff";
    public const string KeyworkerOrClinicalStaff = "keyworker-or-clinical-staff";
    public const string HubLead = "hub-lead";
    public const string HubAdmin = "hub-admin";
    public const string Commissioner = "commissioner";
    public const string FeedReader = "feed-reader";
    public const string PeerSupporter = "peer-supporter";

    /// <summary>Anyone who works in a Hub (clinician, lead, hub admin, peer supporter): the Hub chooser.</summary>
    public const string HubStaff = "hub-staff";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Keyworker, policy => policy.RequireClaim(HubsClaimTypes.Role, HubsRoles.Keyworker));
        options.AddPolicy(ClinicalStaff, policy =>
            policy
                .RequireClaim(HubsClaimTypes.Role, HubsRoles.Clinician, HubsRoles.HubLead)
                .RequireClaim(HubsClaimTypes.Hub)
        );
        options.AddPolicy(KeyworkerOrClinicalStaff, policy =>
            policy.RequireAssertion(context =>
                context.User.HasRole(HubsRoles.Keyworker)
                || (
                    context.User.HubIds().Count > 0
                    && (context.User.HasRole(HubsRoles.Clinician) || context.User.HasRole(HubsRoles.HubLead))
                )
            )
        );
        options.AddPolicy(HubLead, policy =>
            policy.RequireClaim(HubsClaimTypes.Role, HubsRoles.HubLead).RequireClaim(HubsClaimTypes.Hub)
        );
        options.AddPolicy(HubAdmin, policy =>
            policy.RequireClaim(HubsClaimTypes.Role, HubsRoles.HubAdmin).RequireClaim(HubsClaimTypes.Hub)
        );
        options.AddPolicy(Commissioner, policy =>
            policy.RequireClaim(HubsClaimTypes.Role, HubsRoles.Commissioner).RequireClaim(HubsClaimTypes.Hub)
        );
        options.AddPolicy(PeerSupporter, policy =>
            policy.RequireClaim(HubsClaimTypes.Role, HubsRoles.PeerSupporter).RequireClaim(HubsClaimTypes.Hub)
        );
        options.AddPolicy(HubStaff, policy =>
            policy
                .RequireClaim(
                    HubsClaimTypes.Role,
                    HubsRoles.Clinician,
                    HubsRoles.HubLead,
                    HubsRoles.HubAdmin,
                    HubsRoles.PeerSupporter
                )
                .RequireClaim(HubsClaimTypes.Hub)
        );
        options.AddPolicy(FeedReader, policy =>
            policy.RequireAssertion(context => context.User.HasScope(HubsScopes.FeedsRead))
        );
    }
}
