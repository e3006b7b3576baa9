namespace Hubs.Deploy.Tests.Ops;

/// <summary>
/// A local stack without the demo seed (<c>HUBS_SEED_DEMO=0</c>): Identity's <c>migrate</c> registers the Web and
/// Insights sign-in clients with secrets kept in the state dir, so staff can sign in at all, and
/// <c>ops/hubs create-first-admin</c> hands the operator's arguments and Identity's address to Identity's command.
/// </summary>
public class FreshDeploymentScriptTests
{
    [Fact]
    public void Without_the_demo_seed_identity_registers_the_site_clients_with_the_secrets_the_sites_use()
    {
        var run = OpsHarness.Run(
            """
            source ops/lib/stack.sh
            load_settings
            load_secrets
            host_env identity | grep '^Oidc__Clients__' | sort
            host_env web | grep '^Oidc__ClientSecret='
            host_env insights | grep '^Oidc__ClientSecret='
            """
        );

        Assert.True(run.ExitCode == 0, run.Errors);
        var web = Secret(run.Secrets, "HUBS_WEB_CLIENT_SECRET");
        var insights = Secret(run.Secrets, "HUBS_INSIGHTS_CLIENT_SECRET");
        Assert.NotEqual(web, insights);
        Assert.Contains("Oidc__Clients__0__ClientId=hubs-web", run.Output);
        Assert.Contains($"Oidc__Clients__0__ClientSecret={web}", run.Output);
        Assert.Contains("Oidc__Clients__0__RedirectUris__0=http://127.0.0.1:5100/signin-oidc", run.Output);
        Assert.Contains("Oidc__Clients__0__ServiceScopes__0=accounts.register", run.Output);
        Assert.Contains("Oidc__Clients__1__ClientId=hubs-insights", run.Output);
        Assert.Contains($"Oidc__Clients__1__ClientSecret={insights}", run.Output);
        Assert.Equal(2, run.Output.Count(line => line.StartsWith("Oidc__ClientSecret=", StringComparison.Ordinal)));
        Assert.Contains($"Oidc__ClientSecret={web}", run.Output);
        Assert.Contains($"Oidc__ClientSecret={insights}", run.Output);
    }

    [Fact]
    public void With_the_demo_seed_written_the_demo_clients_stay_as_they_are()
    {
        var run = OpsHarness.Run(
            """
            source ops/lib/stack.sh
            load_settings
            load_secrets
            echo '{"clients":[{"clientId":"hubs-web","clientSecret":"demo-web"}]}' >"$HUBS_STATE/demo-credentials.json"
            host_env identity | grep -c '^Oidc__Clients__' || true
            host_env web | grep '^Oidc__ClientSecret='
            """
        );

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Equal(["0", "Oidc__ClientSecret=demo-web"], run.Output);
    }

    [Fact]
    public void Create_first_admin_passes_the_arguments_and_identitys_address_to_identity()
    {
        var run = OpsHarness.Run(
            """
            source ops/lib/cmd-create-first-admin.sh
            build_solution() { :; }
            run_host_command_here() { echo "$*"; }
            cmd_main --email 'first@example.test' --hub east
            """
        );

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Equal(
            ["identity create-first-admin --email first@example.test --hub east --url http://127.0.0.1:5101"],
            run.Output
        );
    }

    [Fact]
    public void Create_first_admin_without_an_email_or_hub_is_refused_before_identity_runs()
    {
        var run = OpsHarness.Run(
            """
            source ops/lib/cmd-create-first-admin.sh
            build_solution() { :; }
            run_host_command_here() { echo "$*"; }
            cmd_main --hub east
            """
        );

        Assert.NotEqual(0, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("--email", run.Errors, StringComparison.Ordinal);
    }

    private static string Secret(string[] secrets, string name) =>
        secrets.Single(line => line.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];
}
