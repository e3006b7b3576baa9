using Hubs.Testing;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Tests.Journeys;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Clinic;

/// <summary>The Web host with staff signed in by test header, its own database, and the seeded clinician directory.</summary>
public sealed class ClinicFixture : IAsyncLifetime
{
    private TestHost<WebEntryPoint> host = null!;

    public WebApplicationFactory<WebEntryPoint> App { get; private set; } = null!;

    public IDocumentStore Store => App.Services.GetRequiredService<IDocumentStore>();

    /// <summary>Clinicians from the seeded directory of the North Hub (index 0 to 4).</summary>
    public static Staff Clinician(int index = 0, string hubId = "north") => new(ClinicianSeed.IdFor(hubId, index), "clinician", hubId);

    public static Staff Lead(string hubId = "north") => new(Guid.NewGuid(), "hub-lead", hubId);

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var vhost = await TestVirtualHost.CreateAsync();
        host = new TestHost<WebEntryPoint>(HubsSettings.Web(database, vhost, HubsSettings.NewLogFile("web-clinic")));
        App = host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestStaffAuthentication>(TestStaffAuthentication.SchemeName, null);
            services.PostConfigure<AuthenticationOptions>(options =>
            {
                options.DefaultScheme = TestStaffAuthentication.SchemeName;
                options.DefaultAuthenticateScheme = TestStaffAuthentication.SchemeName;
                options.DefaultChallengeScheme = TestStaffAuthentication.SchemeName;
                options.DefaultForbidScheme = TestStaffAuthentication.SchemeName;
            });
        }));
        await using var session = Store.LightweightSession();
        await ClinicianSeed.SeedAsync(session, ["north", "south"], CancellationToken.None);
    }

    /// <summary>A browser-like client (cookies kept, redirects not followed) signed in as <paramref name="staff"/>, or anonymous.</summary>
    public PageClient As(Staff? staff)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (staff is not null)
        {
            client.DefaultRequestHeaders.Add(TestStaffAuthentication.Header, $"{staff.Id};{staff.Role};{staff.HubId}");
        }

        return new PageClient(client);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await host.DisposeAsync();
    }
}
