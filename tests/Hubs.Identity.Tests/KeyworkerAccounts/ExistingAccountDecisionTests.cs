using Hubs.Identity.Features.KeyworkerAccounts;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Identity.Tests.KeyworkerAccounts;

public class ExistingAccountDecisionTests
{
    [Theory]
    [InlineData(new[] { HubsRoles.Keyworker }, false, false, true)]
    [InlineData(new[] { HubsRoles.Keyworker }, true, false, false)]
    [InlineData(new[] { HubsRoles.Keyworker }, false, true, false)]
    [InlineData(new[] { HubsRoles.Clinician }, false, false, false)]
    [InlineData(new[] { HubsRoles.Keyworker, HubsRoles.HubAdmin }, false, false, false)]
    [InlineData(new string[0], false, false, false)]
    public void Only_a_keyworker_account_in_good_standing_may_be_linked(
        string[] roles,
        bool disabled,
        bool lockedOut,
        bool may
    )
    {
        Assert.Equal(may, ExistingAccountDecision.MayTryPassword(roles, disabled, lockedOut));
    }
}
