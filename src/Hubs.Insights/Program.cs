using Hubs.Insights.Consumers;
using Hubs.Insights.Features.Referrals;
using Hubs.Insights.Store;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Auth;
using Hubs.ServiceDefaults.Messaging;
using Npgsql;

var builder = WebApplication.CreateBuilder(args);
builder.AddHubsDefaults();
builder.Services
    .AddInsightsStore(builder.Configuration)
    .AddHubsMessaging(builder.Configuration, bus => bus.AddConsumer<ReferralSubmittedConsumer>(typeof(ReferralSubmittedConsumerDefinition)))
    .AddHubsAuthentication(builder.Configuration, builder.Environment, HubsScopes.InsightsAudience, new PageSignIn("hubs-insights", HubsScopes.Insights));

var app = builder.Build();
var dataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
switch (args)
{
    case ["migrate", ..]:
        await InsightsSchema.ApplyAsync(dataSource);
        return 0;
    case ["reset-aggregates", ..]:
        await InsightsSchema.ResetAsync(dataSource);
        return 0;
}

if (app.Configuration.GetValue("Hubs:Schema:AutoCreate", false))
{
    await InsightsSchema.ApplyAsync(dataSource);
}

app.UseHubsDefaults();
app.UseHubsSecurityHeaders(new SecurityHeaderOptions(SignInAuthority: app.Configuration["Oidc:Authority"]));
app.UseAuthentication();
app.UseAuthorization();
app.MapHubsDefaults();
app.MapReferralsFeed().RequireAuthorization(HubsPolicies.FeedReader);
app.MapPageSignIn();
await app.RunAsync();
return 0;
