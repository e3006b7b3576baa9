using System.Net;
using System.Text.RegularExpressions;

namespace Hubs.Web.Testing;

/// <summary>A page as the browser got it.</summary>
public sealed record PageResult(HttpStatusCode Status, string Html, Uri? Location)
{
    public bool HasErrorFor(string field) =>
        Html.Contains($"href=\"#{field}\"", StringComparison.Ordinal)
        && Html.Contains($"id=\"{field}-error\"", StringComparison.Ordinal);
}

/// <summary>
/// Drives the clinician pages as a browser would: GET a form, send it back with its antiforgery token and
/// hidden fields (the journey version) plus what the person typed.
/// </summary>
public sealed partial class PageClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<PageResult> GetAsync(string path)
    {
        var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        return new PageResult(
            response.StatusCode,
            await response.Content.ReadAsStringAsync(),
            response.Headers.Location
        );
    }

    /// <summary>
    /// Fills in the form on <paramref name="path"/> (the one posting to <paramref name="handler"/>, if given) and
    /// submits it.
    /// </summary>
    public async Task<PageResult> SubmitAsync(
        string path,
        IReadOnlyDictionary<string, string> fields,
        string? handler = null
    )
    {
        var page = await GetAsync(path);
        if (page.Status != HttpStatusCode.OK)
        {
            return page;
        }

        return await PostAsync(path, page.Html, fields, handler);
    }

    /// <summary>
    /// Posts what a form on <paramref name="html"/> holds in hidden fields, ticked choices and selected options,
    /// overridden by <paramref name="fields"/>.
    /// </summary>
    public async Task<PageResult> PostAsync(
        string path,
        string html,
        IReadOnlyDictionary<string, string> fields,
        string? handler = null
    )
    {
        ArgumentNullException.ThrowIfNull(html);
        // The header's sign-out form and Hub switcher are on every page; neither is the form a test means.
        var form = Forms()
            .Matches(html)
            .Select(m => m.Value)
            .Where(f => !f.Contains("action=\"/account/sign-out\"", StringComparison.Ordinal))
            .Where(f => !f.Contains("hubs-hub-switcher", StringComparison.Ordinal))
            .First(f =>
                handler is null
                    ? !f.Contains("handler=", StringComparison.Ordinal)
                    : f.Contains($"handler={handler}", StringComparison.Ordinal)
            );
        var values = Hidden()
            .Matches(form)
            .Concat(Checked().Matches(form))
            .GroupBy(m => m.Groups["name"].Value)
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups["value"].Value));
        foreach (Match select in Selects().Matches(form))
        {
            if (SelectedOption().Match(select.Value) is { Success: true } option)
            {
                values.TryAdd(select.Groups["name"].Value, WebUtility.HtmlDecode(option.Groups["value"].Value));
            }
        }

        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        var target = handler is null ? path : $"{path}?handler={handler}";
        using var content = new FormUrlEncodedContent(values);
        var response = await Http.PostAsync(new Uri(target, UriKind.Relative), content);
        return new PageResult(
            response.StatusCode,
            await response.Content.ReadAsStringAsync(),
            response.Headers.Location
        );
    }

    [GeneratedRegex("<form[^>]*method=\"post\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex(
        "<input(?=[^>]*type=\"hidden\")(?=[^>]*name=\"(?<name>[^\"]+)\")(?=[^>]*value=\"(?<value>[^\"]*)\")[^>]*>"
    )]
    private static partial Regex Hidden();

    [GeneratedRegex(
        "<input(?=[^>]*\\schecked)(?=[^>]*name=\"(?<name>[^\"]+)\")(?=[^>]*value=\"(?<value>[^\"]*)\")[^>]*>"
    )]
    private static partial Regex Checked();

    [GeneratedRegex("<select[^>]*name=\"(?<name>[^\"]+)\".*?</select>", RegexOptions.Singleline)]
    private static partial Regex Selects();

    [GeneratedRegex("<option value=\"(?<value>[^\"]*)\" selected")]
    private static partial Regex SelectedOption();
}
