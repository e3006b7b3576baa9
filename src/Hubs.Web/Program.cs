using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Auth;
using Hubs.ServiceDefaults.Commands;
using Hubs.ServiceDefaults.DataProtection;
using Hubs.ServiceDefaults.Messaging;
using Hubs.ServiceDefaults.RateLimiting;
using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.Consultations;
using Hubs.Web.Features.Contact;
using Hubs.Web.Features.Erasure;
using Hubs.Web.Features.GroupSupport;
using Hubs.Web.Features.Hubs.ChoosingHub;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Searching;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Outreach;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Workshops;
using Hubs.Web.Infrastructure;
using Hubs.Web.Operations;

var builder = WebApplication.CreateBuilder(args);
builder.AddHubsDefaults();
builder
    .Services.AddClinicalServices(builder.Configuration)
    .AddClinicalEventStore(builder.Configuration)
    .AddCryptoShredding(builder.Configuration)
    .AddErasure()
    .AddStaffSearch()
    .AddJourneyReadModels()
    .AddAdverseEvents()
    .AddGroupSupport()
    .AddWorkshops()
    .AddConsultations()
    .AddOutreach()
    .AddContact(builder.Configuration)
    .AddHubsMessaging(builder.Configuration, bus => bus.AddContactConsumers())
    .AddHubsAuthentication(
        builder.Configuration,
        builder.Environment,
        HubsScopes.WebAudience,
        new PageSignIn("hubs-web", HubsScopes.Web, HubChoiceGuard.StaffPaths)
    )
    .AddPages(builder.Configuration)
    .AddSharedDataProtection("Hubs.Web", "clinical", builder.Configuration.GetValue("Hubs:Schema:AutoCreate", false))
    .AddSelfReferralRateLimit(builder.Configuration)
    .AddWebCommands();

var app = builder.Build();
if (HostCommands.Requested(args))
{
    return await HostCommands.RunAsync(app.Services, args);
}

app.UseHubsDefaults();
app.UseHubsSecurityHeaders(
    new SecurityHeaderOptions(MayCache: StaticAssets.IsStatic, SignInAuthority: app.Configuration["Oidc:Authority"])
);
app.UseAuthentication();
app.UseAuthorization();
app.UseHubChoiceGuard();
app.UseSharedRateLimits();
app.MapHubsDefaults();
app.MapJourneyApi();
app.MapPageSignIn();
app.MapPages();
await app.RunAsync();
return 0;
