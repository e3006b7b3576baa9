using Hubs.Insights;
using Hubs.Testing;
using Hubs.Testing.Auth;

namespace Hubs.Insights.Tests.Accounts;

/// <summary>
/// Insights' sign-in returns people only to its own pages (the checks: <see cref="SignInReturnUrlChecks{T}"/>).
/// </summary>
public sealed class SignInReturnUrlTests(InsightsHostFixture fixture)
    : SignInReturnUrlChecks<InsightsEntryPoint>,
        IClassFixture<InsightsHostFixture>
{
    protected override TestHost<InsightsEntryPoint> Host => fixture.Host;

    protected override string OwnPage => "/dashboards/trends?hub=north";
}
