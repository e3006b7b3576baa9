using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Compose;

/// <summary>Each compose rule run against a broken copy of compose.yaml, to prove it can fail.</summary>
public class BrokenComposeTests
{
    private static readonly string EnvExample = Repo.Path("deploy", "compose", ".env.example");

    [Fact]
    public void Broken_builds_and_volumes_are_caught()
    {
        var compose = ComposeFile.Load();
        compose.Services.Map("web")!.Map("build")!["dockerfile"] = "deploy/containers/missing.Dockerfile";
        compose.Services.Map("postgres")!["volumes"] = new List<object?> { "undeclared:/var/lib/postgresql/data" };
        var violations = ComposeRules.BuildsAndVolumes(compose).ToList();
        Assert.Contains(violations, v => v.Contains("missing.Dockerfile", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("undeclared is not declared", StringComparison.Ordinal));
        Assert.Contains(violations, v =>
            v.Contains("postgres-data is declared but no service mounts it", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Broken_dependencies_and_health_checks_are_caught()
    {
        var compose = ComposeFile.Load();
        compose.Services.Map("postgres")!.Remove("healthcheck");
        compose.Services.Map("web")!.Map("depends_on")!["broker"] = new Dictionary<string, object?>
        {
            ["condition"] = "service_healthy",
        };
        var violations = ComposeRules.DependenciesAndHealth(compose).ToList();
        Assert.Contains("postgres: long-running service without a health check", violations);
        Assert.Contains("db-bootstrap: waits for postgres to be healthy, but it has no health check", violations);
        Assert.Contains("web: depends on broker, which is not a service", violations);
    }

    [Fact]
    public void Settings_a_host_does_not_read_and_clinical_settings_on_Insights_are_caught()
    {
        var compose = ComposeFile.Load();
        var insights = compose.Services.Map("insights")!.Map("environment")!;
        insights["ConnectionStrings__Clinical"] = "Host=postgres;Password=${HUBS_CLINICAL_DB_PASSWORD}";
        insights["Pseudonymisation__Key"] = "${HUBS_PSEUDONYMISATION_KEY}";
        compose.Services.Map("identity")!.Map("environment")!["RabbitMq__Uri"] = "amqp://rabbitmq:5672";
        compose.Services.Map("web")!.Map("environment")!["Hubs__Schema__AutoCreat"] = "false";
        compose.Services.Map("migrate-web")!.Map("environment")!.Remove("Pseudonymisation__Key");
        compose.Services.Map("web")!.Map("environment")!.Remove("Oidc__ClientSecret");
        var identity = compose.Services.Map("identity")!.Map("environment")!;
        foreach (var email in identity.Keys.Where(k => k.StartsWith("Email__", StringComparison.Ordinal)).ToList())
        {
            identity.Remove(email);
        }

        var violations = ComposeRules.HostEnvironment(compose).ToList();
        Assert.Contains("insights: Insights must never be given ConnectionStrings__Clinical", violations);
        Assert.Contains("insights: Insights must never be given Pseudonymisation__Key", violations);
        Assert.Contains("identity: RabbitMq__Uri is not a configuration key Hubs.Identity reads", violations);
        Assert.Contains("web: Hubs__Schema__AutoCreat is not a configuration key Hubs.Web reads", violations);
        Assert.Contains("migrate-web: Hubs.Web cannot start without Pseudonymisation:Key", violations);
        Assert.Contains(violations, v =>
            v.StartsWith("web: Hubs.Web reads Oidc:ClientSecret, which is not set", StringComparison.Ordinal)
        );
        Assert.Contains(violations, v =>
            v.StartsWith("identity: Hubs.Identity reads Email, which is not set", StringComparison.Ordinal)
        );
        Assert.DoesNotContain(violations, v =>
            v.StartsWith("migrate-", StringComparison.Ordinal) && v.Contains(" reads ", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Wrong_addresses_ports_and_hardening_are_caught()
    {
        var compose = ComposeFile.Load();
        var web = compose.Services.Map("web")!;
        web.Map("environment")!["RabbitMq__Uri"] = "amqp://hubs:${HUBS_RABBITMQ_PASSWORD}@broker:5672/hubs";
        web.Map("environment")!["ConnectionStrings__Clinical"] =
            "Host=postgres;Port=5433;Password=${HUBS_CLINICAL_DB_PASSWORD}";
        web["ports"] = new List<object?> { "8080:80" };
        web.Remove("read_only");
        var violations = ComposeNetworkRules.Violations(compose).ToList();
        Assert.Contains("web: RabbitMq__Uri names broker, which is not a service", violations);
        Assert.Contains(
            "web: ConnectionStrings__Clinical uses postgres:5433, but postgres listens on 5432",
            violations
        );
        Assert.Contains("web: port 8080:80 is not published on 127.0.0.1 only", violations);
        Assert.Contains("web: port 8080:80 does not reach the host's 8080 (ASPNETCORE_URLS)", violations);
        Assert.Contains("web: root filesystem is not read-only", violations);
    }

    [Fact]
    public void Stored_and_undocumented_secrets_are_caught()
    {
        var compose = ComposeFile.Load();
        compose.Services.Map("web")!.Map("environment")!["Pseudonymisation__Key"] = "c2VjcmV0LWtleS1pbi10aGUtcmVwbw==";
        compose.Services.Map("insights")!.Map("environment")!["ConnectionStrings__Insights"] =
            "Host=postgres;Password=hunter2;X=${HUBS_X}";
        compose.Services.Map("web")!.Map("environment")!["Sms__GatewayKey"] = "sms-key-in-the-repo";
        var env = ComposeSecretRules.ParseEnvFile(EnvExample);
        env["HUBS_RABBITMQ_PASSWORD"] = "guest";
        env.Remove("HUBS_HUB_ID");
        var violations = ComposeSecretRules
            .Violations(compose, File.ReadAllText(ComposeFile.DefaultPath), env)
            .ToList();
        Assert.Contains("web: Pseudonymisation__Key holds a literal secret; take it from .env", violations);
        Assert.Contains("insights: ConnectionStrings__Insights holds a literal secret; take it from .env", violations);
        Assert.Contains("web: Sms__GatewayKey holds a literal secret; take it from .env", violations);
        Assert.Contains(".env.example gives HUBS_RABBITMQ_PASSWORD a value; secrets must be left blank", violations);
        Assert.Contains("HUBS_HUB_ID is used by compose.yaml but not documented in .env.example", violations);
    }
}
