using Hubs.Identity;
using Hubs.Identity.Accounts;
using Hubs.Identity.Data;
using Hubs.Identity.Demo;
using Hubs.Identity.Features.KeyworkerAccounts;
using Hubs.Identity.Oidc;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Auth;
using Hubs.ServiceDefaults.Health;
using Hubs.Identity.Staff;
using Hubs.ServiceDefaults.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.RateLimiting;
using Npgsql;

var builder = WebApplication.CreateBuilder(args);
builder.AddHubsDefaults();
builder.AddIdentityStore();
builder.AddHubsAccounts();
builder.AddOidcServer();
builder.AddKeyworkerAccounts();
builder.AddAccountRateLimits();
builder.Services.AddRazorPages(options =>
{
    options.RootDirectory = "/Features";
    options.Conventions.AddFolderApplicationModelConvention("/Account", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(AccountRateLimits.Forms)));
    options.Conventions.AuthorizeFolder("/Admin", AdminPolicy.Name);
});
builder.Services.AddAuthorizationBuilder().AddPolicy(AdminPolicy.Name, AdminPolicy.Build);
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddScoped<StaffAdministration>();
builder.Services.AddScoped<Hubs.Identity.Features.Account.RegistrationOffer>();
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(builder.Configuration.GetConnectionString("Identity")!));
builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [HealthTags.Ready]);

var app = builder.Build();
switch (args)
{
    case ["migrate", ..]:
        await IdentitySchema.ApplyAsync(app.Services);
        return 0;
    case ["seed-demo", .. var rest]:
        await IdentitySchema.ApplyAsync(app.Services);
        await DemoSeeder.RunAsync(app.Services, rest.FirstOrDefault(), Console.Out);
        return 0;
    case ["rotate-keys", .. var rest]:
        await KeyCommands.RotateAsync(app.Services, rest, Console.Out);
        return 0;
    case ["retire-keys", ..]:
        await KeyCommands.RetireAsync(app.Services, Console.Out);
        return 0;
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
