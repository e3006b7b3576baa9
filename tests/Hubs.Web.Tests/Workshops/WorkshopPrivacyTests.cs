using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Erasure;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Tests.Clinic;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Hubs.Web.Tests.Workshops.WorkshopArrange;

namespace Hubs.Web.Tests.Workshops;

/// <summary>
/// A workshop's personal data as the rest of the record's: every staff read of the roster audited, the measure
/// scores sealed with the keyworker's own key and gone when that key is destroyed.
/// </summary>
public sealed class WorkshopPrivacyTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private HttpClient Client => clinic.App.CreateClient();

    private DateTimeOffset NextWeek => clinic.Clock.GetUtcNow().AddDays(7);

    [Fact]
    public async Task A_clinician_opening_the_roster_is_on_the_leads_audit_view()
    {
        var workshop = await ScheduledAsync(Client, ClinicFixture.Clinician(), NextWeek);
        await BookedAsync(Client, TestPrincipal.Keyworker(), workshop);
        var link = $"href=\"/clinic/workshops/{workshop}\"";
        var lead = clinic.As(ClinicFixture.Lead());
        Assert.DoesNotContain(link, (await lead.GetAsync("/clinic/audit")).Html, StringComparison.Ordinal);

        var page = await clinic.As(ClinicFixture.Clinician(3)).GetAsync($"/clinic/workshops/{workshop}");
        var api = await Client.SendAsync(
            ClinicFixture.Clinician(4).Request(HttpMethod.Get, $"/api/workshops/{workshop}/roster")
        );

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (page.Status, api.StatusCode));
        var rows = AuditRows((await lead.GetAsync("/clinic/audit")).Html, link);
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("Sam Taylor", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Marta Kowalska", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains("1 name shown", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Measure_scores_are_sealed_with_the_keyworkers_key_and_unreadable_once_it_is_erased()
    {
        var workshop = await ScheduledAsync(Client, ClinicFixture.Clinician(), NextWeek);
        var keyworker = TestPrincipal.Keyworker();
        var place = await BookedAsync(Client, keyworker, workshop);
        var answers = Enumerable.Range(1, 7).ToDictionary(i => $"gad7.{i}", _ => 2);
        var answered = await Client.SendAsync(
            AsKeyworker(
                keyworker,
                HttpMethod.Post,
                $"/api/keyworker/workshops/{workshop}/places/{place}/measures",
                new { occasion = "before", answers }
            )
        );
        answered.EnsureSuccessStatusCode();

        var stored = await StoredAsync(workshop);
        Assert.Equal(14, (await BeforeAsync(workshop)).GetProperty("total").GetInt32());
        Assert.Contains(keyworker.Subject.ToString(), stored, StringComparison.Ordinal);
        Assert.DoesNotContain("\"total\"", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"band\"", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("moderate", stored, StringComparison.OrdinalIgnoreCase);

        var erasure = clinic.App.Services.GetRequiredService<KeyworkerErasure>();
        var outcome = await erasure.EraseAsync(
            keyworker.Subject,
            ShreddingGround.KeptWithoutNeed,
            KeyworkerErasure.Operator,
            "Duty operator",
            null,
            CancellationToken.None
        );

        Assert.NotNull(outcome.Record);
        Assert.Equal(JsonValueKind.Null, (await BeforeAsync(workshop)).ValueKind);
        var row = await PlaceAsync(workshop);
        Assert.True(row.GetProperty("beforeErased").GetBoolean());
        Assert.False(row.GetProperty("afterErased").GetBoolean());
        var roster = await clinic.As(ClinicFixture.Clinician()).GetAsync($"/clinic/workshops/{workshop}");
        Assert.DoesNotContain("14 (", roster.Html, StringComparison.Ordinal);
        // Answered then erased is said as the record says it; the questions after were never answered.
        Assert.Equal([ClinicWords.Destroyed], Cells(roster.Html, "Before"));
        Assert.Equal(["Not answered"], Cells(roster.Html, "After"));
    }

    private async Task<JsonElement> BeforeAsync(Guid workshop) => (await PlaceAsync(workshop)).GetProperty("before");

    private async Task<JsonElement> PlaceAsync(Guid workshop)
    {
        var roster = await (
            await Client.SendAsync(
                ClinicFixture.Clinician().Request(HttpMethod.Get, $"/api/workshops/{workshop}/roster")
            )
        ).Content.ReadFromJsonAsync<JsonElement>();
        return roster.GetProperty("places").EnumerateArray().Single();
    }

    /// <summary>
    /// The roster table's cells in the column headed <paramref name="column"/>, as a reader sees them.
    /// </summary>
    private static List<string> Cells(string html, string column) =>
        [
            .. Regex
                .Matches(html, $"aria-hidden=\"true\">{column} </span>([^<]*)</td>")
                .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim()),
        ];

    /// <summary>The workshop's events and its stored document, as the database holds them.</summary>
    private async Task<string> StoredAsync(Guid workshop)
    {
        var database = clinic.App.Services.GetRequiredService<NpgsqlDataSource>();
        await using var command = database.CreateCommand(
            """
            SELECT string_agg(data::text, E'\n') FROM (
                SELECT data FROM clinical.mt_events WHERE stream_id = $1
                UNION ALL SELECT data FROM clinical.mt_doc_workshop WHERE id = $1) stored
            """
        );
        command.Parameters.Add(new NpgsqlParameter { Value = workshop });
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The audit view's table rows that link to <paramref name="link"/>.</summary>
    private static List<string> AuditRows(string html, string link) =>
        [.. html.Split("<tr", StringSplitOptions.None).Where(r => r.Contains(link, StringComparison.Ordinal))];
}
