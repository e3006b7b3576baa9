using System.Net;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Erasure;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Privacy;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Clinic.Search;

/// <summary>
/// Staff search over HTTP: bad input is a form error, erasure takes a person out of it, other roles are refused.
/// </summary>
public sealed class StaffSearchTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private static Dictionary<string, string> Text(string q) => new() { ["Q"] = q };

    private static Dictionary<string, string> Born(string day, string month, string year) =>
        new()
        {
            ["BornDay"] = day,
            ["BornMonth"] = month,
            ["BornYear"] = year,
        };

    [Fact]
    public async Task Empty_hostile_huge_and_impossible_input_gets_a_form_error_never_a_500()
    {
        var me = clinic.As(ClinicFixture.Clinician());
        (Dictionary<string, string> Fields, string Field)[] cases =
        [
            (Text(""), "Q"),
            (Text("\u0007\u001b sam"), "Q"),
            (Text(new string('x', 10_000)), "Q"),
            (Born("31", "2", "1990"), "Born"),
            (Born("1", "1", "9999"), "Born"),
            (Born("x", "1", "1990"), "Born"),
        ];
        foreach (var (fields, field, i) in cases.Select((c, i) => (c.Fields, c.Field, i)))
        {
            var result = await me.SubmitAsync("/clinic/search", fields);
            Assert.True(result.Status == HttpStatusCode.OK, $"case {i}: {(int)result.Status}");
            Assert.True(
                result.Html.Contains($"id=\"{field}-error\"", StringComparison.Ordinal)
                    && result.Html.Contains("nhsuk-error-summary", StringComparison.Ordinal),
                $"case {i}: no error for {field}"
            );
        }
    }

    [Fact]
    public async Task A_nul_character_which_no_browser_sends_is_refused_by_the_framework_as_a_400_page_not_a_500()
    {
        // ASP.NET Core will not decode a form holding a NUL (see Hubs.Identity's UnreadableOAuthForms).
        var result = await clinic.As(ClinicFixture.Clinician()).SubmitAsync("/clinic/search", Text("sam\u0000"));
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("Sorry, we could not read that", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_takes_the_person_out_of_search_by_name_email_and_date_of_birth()
    {
        var surname = SearchPeople.Unique();
        var id = await SearchPeople.ReferAsync(
            clinic.App.Services,
            "north",
            $"Robin {surname}",
            $"{surname}@example.invalid",
            new DateOnly(1979, 4, 2)
        );
        var me = clinic.As(ClinicFixture.Clinician());
        Assert.Contains(
            $"data-journey=\"{id}\"",
            (await me.SubmitAsync("/clinic/search", Text(surname))).Html,
            StringComparison.Ordinal
        );

        await SearchPeople.EraseAsync(clinic.App.Services, id, KeyworkerErasure.Operator, "test");

        foreach (var fields in new[] { Text(surname), Text($"{surname}@example.invalid"), Born("2", "4", "1979") })
        {
            var html = (await me.SubmitAsync("/clinic/search", fields)).Html;
            Assert.DoesNotContain(id.ToString(), html, StringComparison.Ordinal);
            Assert.DoesNotContain(
                surname,
                html.Replace($"value=\"{surname}", "", StringComparison.Ordinal),
                StringComparison.Ordinal
            );
        }
    }

    [Fact]
    public async Task A_keyworker_a_hub_admin_a_commissioner_and_nobody_cannot_post_a_search()
    {
        foreach (
            var who in new TestPrincipal?[]
            {
                TestPrincipal.Keyworker(),
                TestPrincipal.HubAdmin("north"),
                TestPrincipal.Commissioner("north"),
                null,
            }
        )
        {
            using var content = new FormUrlEncodedContent(Text("Robin"));
            var response = await clinic.As(who).Http.PostAsync(new Uri("/clinic/search", UriKind.Relative), content);
            // Staff of the wrong role: 403. Nobody: the sign-in challenge (401, or a redirect to sign in).
            var expected = who is null
                ? new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Found, HttpStatusCode.Redirect }
                : [HttpStatusCode.Forbidden];
            Assert.True(
                expected.Contains(response.StatusCode),
                $"{(who is null ? "anonymous" : string.Join(",", who.Roles))}: {response.StatusCode}"
            );
            Assert.DoesNotContain("people found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
