using Hubs.Insights.Consumers;
using Hubs.Insights.Features;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Operations;
using Hubs.Insights.Pages;
using Hubs.Insights.Store;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Auth;
using Hubs.ServiceDefaults.Commands;
using Hubs.ServiceDefaults.DataProtection;
using Hubs.ServiceDefaults.Messaging;
using Npgsql;

var builder = WebApplication.CreateBuilder(args);
builder.AddHubsDefaults();
builder
    .Services.AddInsightsStore(builder.Configuration)
    .AddHubsMessaging(builder.Configuration, MilestoneConsumers.Register)
    .AddInsightsTables()
    .AddDashboardPages()
    .AddHubsAuthentication(
        builder.Configuration,
        builder.Environment,
        HubsScopes.InsightsAudience,
        new PageSignIn("hubs-insights", HubsScopes.Insights)
    )
    .AddSharedDataProtection(
        "Hubs.Insights",
        "insights",
        builder.Configuration.GetValue("Hubs:Schema:AutoCreate", false)
    )
    .AddInsightsCommands();

var app = builder.Build();
if (HostCommands.Requested(args))
{
    return await HostCommands.RunAsync(app.Services, args);
}

if (app.Configuration.GetValue("Hubs:Schema:AutoCreate", false))
{
    await InsightsSchema.ApplyAsync(app.Services.GetRequiredService<NpgsqlDataSource>());
}

app.UseHubsDefaults();
app.UseHubsSecurityHeaders(
    new SecurityHeaderOptions(
        MayCache: DashboardPagesSetup.IsStatic,
        SignInAuthority: app.Configuration["Oidc:Authority"]
    )
);
app.UseAuthentication();
app.UseAuthorization();
app.MapHubsDefaults();
app.MapInsightsEndpoints();
app.MapPageSignIn();
app.MapDashboardPages();
await app.RunAsync();
return 0;
