using Hubs.Identity;
using Hubs.Identity.Accounts;
using Hubs.Identity.Data;
using Hubs.Identity.Features;
using Hubs.Identity.Features.KeyworkerAccounts;
using Hubs.Identity.Oidc;
using Hubs.Identity.Operations;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Auth;
using Hubs.ServiceDefaults.Commands;
using Hubs.ServiceDefaults.Health;
using Hubs.ServiceDefaults.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

var builder = WebApplication.CreateBuilder(args);
builder.AddHubsDefaults();
builder.AddIdentityStore();
builder.AddHubsAccounts();
builder.AddOidcServer();
builder.AddKeyworkerAccounts();
builder.AddAccountRateLimits();
builder.AddIdentityPages();
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(builder.Configuration.GetConnectionString("Identity")!));
builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [HealthTags.Ready]);
builder.Services.AddIdentityCommands();

var app = builder.Build();
if (HostCommands.Requested(args))
{
    return await HostCommands.RunAsync(app.Services, args);
}

if (app.Configuration.GetValue<bool>("Hubs:Schema:AutoCreate") && app.Environment.IsDevelopment())
{
    await IdentitySchema.ApplyAsync(app.Services);
}

app.UseHubsDefaults();
app.UseHubsSecurityHeaders(IdentitySecurityHeaders.Options);
app.UseStaticFiles();
app.UseRouting();
app.UseUnreadableOAuthFormRefusal();

// Before authentication: OpenIddict answers most token requests there, ahead of the endpoint.
app.UseSharedRateLimits();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapOidcEndpoints();
app.MapKeyworkerAccounts();
app.MapHubsDefaults();
await app.RunAsync();
return 0;
