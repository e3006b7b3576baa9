using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Web;

namespace Hubs.Web.Tests.Accounts;

/// <summary>
/// Web's sign-in returns people only to its own pages (the checks: <see cref="SignInReturnUrlChecks{T}"/>).
/// </summary>
public sealed class SignInReturnUrlTests(WebHostFixture fixture)
    : SignInReturnUrlChecks<WebEntryPoint>,
        IClassFixture<WebHostFixture>
{
    protected override TestHost<WebEntryPoint> Host => fixture.Host;

    protected override string OwnPage => "/clinic/triage?page=2";
}
