using System.Net;

namespace Hubs.Identity.Tests.Accounts;

public class RegistrationTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private static string NewEmail() => $"kw-{Guid.NewGuid():N}@example.test";

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient browser, string email, string password) =>
        browser.SubmitAsync(
            "/account/register",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }
        );

    [Theory]
    [InlineData("short-pass1", "at least 12 characters")]
    [InlineData("Password1234", "too common")]
    [InlineData("wellbeinghub", "too common")]
    public async Task Weak_passwords_are_refused_with_a_reason(string password, string reason)
    {
        var response = await RegisterAsync(fixture.NewBrowser(), NewEmail(), password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "lantern orchard pebble", "Enter your email address")]
    [InlineData("   ", "lantern orchard pebble", "Enter your email address")]
    [InlineData("not-an-email", "lantern orchard pebble", "Enter an email address in the correct format")]
    [InlineData("a\u0001b@example.test", "lantern orchard pebble", "Enter an email address in the correct format")]
    [InlineData("", "", "Create a password")]
    public async Task A_missing_or_malformed_email_is_a_form_error(string email, string password, string message)
    {
        var response = await RegisterAsync(fixture.NewBrowser(), email, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_keyworker_registers_confirms_from_the_mailbox_and_signs_in()
    {
        var browser = fixture.NewBrowser();
        var email = NewEmail();
        const string password = "lantern orchard pebble";

        var registered = await RegisterAsync(browser, email, password);
        Assert.Equal("/account/check-email", registered.Headers.Location?.OriginalString);
        Assert.Contains(
            "Confirm your email address first",
            await (await browser.SignInAsync(email, password)).Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );

        var message = await Mailbox.WaitForAsync(fixture.Mailbox, email, "Confirm your email address");
        var confirmed = await browser.GetStringAsync(Mailbox.LinkIn(message));
        Assert.Contains("Email address confirmed", confirmed, StringComparison.Ordinal);

        var signedIn = await browser.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Registering_a_taken_email_looks_the_same_and_tells_the_owner_by_email()
    {
        var existing = fixture.Account("keyworker");

        var response = await RegisterAsync(fixture.NewBrowser(), existing.Email, "another long passphrase");

        Assert.Equal("/account/check-email", response.Headers.Location?.OriginalString);
        await Mailbox.WaitForAsync(fixture.Mailbox, existing.Email, "You already have a Hubs account");
    }

    [Fact]
    public async Task A_password_reset_link_from_the_mailbox_sets_a_new_password()
    {
        var browser = fixture.NewBrowser();
        var email = NewEmail();
        await RegisterAsync(browser, email, "first long passphrase");
        await browser.GetAsync(
            Mailbox.LinkIn(await Mailbox.WaitForAsync(fixture.Mailbox, email, "Confirm your email address"))
        );

        await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var link = Mailbox.LinkIn(await Mailbox.WaitForAsync(fixture.Mailbox, email, "Reset your password"));
        var reset = await browser.SubmitAsync(
            link,
            new Dictionary<string, string> { ["Password"] = "second long passphrase" }
        );
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(email, "second long passphrase")).StatusCode);
    }
}
