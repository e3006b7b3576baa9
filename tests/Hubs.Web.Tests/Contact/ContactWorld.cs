using Hubs.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Contact;

/// <summary>
/// One database and vhost for a test class, a hand-moved clock shared by every Web host started on them, and
/// the development mailbox and SMS folders. Hosts are started and stopped at will, as an operator would.
/// </summary>
public sealed class ContactWorld : IAsyncLifetime
{
    public const string DiscreetFrom = "Appointments <no-reply@example.org>";

    private Dictionary<string, string?> _settings = null!;
    private TestHost<WebEntryPoint>? _root;
    private TestVirtualHost _vhost = null!;

    public TestDatabase Database { get; private set; } = null!;

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    public string Mail { get; } = Directory.CreateTempSubdirectory("hubs-mail-").FullName;

    public string Sms { get; } = Directory.CreateTempSubdirectory("hubs-sms-").FullName;

    public WebApplicationFactory<WebEntryPoint>? Host { get; private set; }

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        _vhost = await TestVirtualHost.CreateAsync();
        _settings = HubsSettings.Web(Database, _vhost, HubsSettings.NewLogFile("web-contact"));
        _settings["Email:PickupDirectory"] = Mail;
        _settings["Sms:PickupDirectory"] = Sms;
        _settings["Contact:PollInterval"] = "00:00:00.200";
        _settings["Contact:SignInUrl"] = "https://sign-in.example.org/";
        _settings["Contact:DiscreetFrom"] = DiscreetFrom;
        Start();
    }

    /// <summary>Starts a Web host (stopping the running one first, if any), with any services replaced.</summary>
    public async Task RestartAsync(Action<IServiceCollection>? replace = null)
    {
        await StopAsync();
        Start(replace);
    }

    public async Task StopAsync()
    {
        if (_root is not null)
        {
            await _root.DisposeAsync();
            (_root, Host) = (null, null);
        }
    }

    /// <summary>
    /// Monday 10:00 (UTC, GMT in London) of the week after the clock's current time: each test starts afresh.
    /// </summary>
    public DateTimeOffset NextMondayMorning()
    {
        var now = Clock.GetUtcNow();
        var monday = now.Date.AddDays(7 - (((int)now.DayOfWeek + 6) % 7));
        var start = new DateTimeOffset(monday.AddHours(10), TimeSpan.Zero);
        Clock.Set(start);
        return start;
    }

    /// <summary>A second replica beside the running one, on the same database, broker and clock.</summary>
    public WebApplicationFactory<WebEntryPoint> StartReplica()
    {
        var replica = new TestHost<WebEntryPoint>(_settings).WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock))
        );
        _ = replica.Server;
        return replica;
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        _vhost.Release();
    }

    private void Start(Action<IServiceCollection>? replace = null)
    {
        _root = new TestHost<WebEntryPoint>(_settings);
        Host = _root.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                replace?.Invoke(services);
            })
        );
        Client = Host.CreateClient();
    }
}
