using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Health;
using Npgsql;

// The OpenID Connect server arrives with the identity work; until then this host only proves its
// database and health endpoints, so that operators can already deploy and monitor all three hosts.
var builder = WebApplication.CreateBuilder(args);
builder.AddHubsDefaults();
var connectionString = builder.Configuration.GetConnectionString("Identity")
    ?? throw new InvalidOperationException("ConnectionStrings:Identity is not configured.");
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [HealthTags.Ready]);

var app = builder.Build();
if (args is ["migrate", ..])
{
    return 0;
}

app.UseHubsDefaults();
app.MapHubsDefaults();
await app.RunAsync();
return 0;
