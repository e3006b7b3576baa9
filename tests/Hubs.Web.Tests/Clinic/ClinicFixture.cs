using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Tests.Journeys;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// The Web host (own database and vhost) with the seeded clinician directory; staff sign in with test-issuer tokens.
/// A derived fixture may add settings (<see cref="SmallPagesFixture"/>: lists paged three at a time).
/// </summary>
public class ClinicFixture : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string?> settings;
    private TestVirtualHost vhost = null!;

    public ClinicFixture()
        : this(new Dictionary<string, string?>()) { }

    protected ClinicFixture(IReadOnlyDictionary<string, string?> settings) => this.settings = settings;

    public TestHost<WebEntryPoint> App { get; private set; } = null!;

    public IDocumentStore Store => App.Services.GetRequiredService<IDocumentStore>();

    /// <summary>Clinicians from the seeded directory (index 0 to 4; 0 is Alex Morgan).</summary>
    public static Staff Clinician(int index = 0, string hubId = "north") =>
        new(ClinicianSeed.IdFor(hubId, index), "clinician", hubId);

    public static Staff Lead(string hubId = "north") => new(Guid.NewGuid(), "hub-lead", hubId);

    /// <summary>The host's clock: tests move it past an appointment's start to record the outcome.</summary>
    public TestClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync();
        vhost = await TestVirtualHost.CreateAsync();
        var web = HubsSettings.Web(database, vhost, HubsSettings.NewLogFile("web-clinic"));
        foreach (var (key, value) in settings)
        {
            web[key] = value;
        }

        App = new TestHost<WebEntryPoint>(web, clock: Clock);
        await using var session = Store.LightweightSession();
        await ClinicianSeed.SeedAsync(session, ["north", "south"], CancellationToken.None);
    }

    /// <summary>
    /// A browser-like client (cookies kept, redirects not followed) signed in as <paramref name="who"/>, or anonymous.
    /// </summary>
    public PageClient As(TestPrincipal? who)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return new PageClient(who is null ? client : client.As(who));
    }

    public PageClient As(Staff staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return As(staff.Principal);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        vhost.Release();
    }
}
