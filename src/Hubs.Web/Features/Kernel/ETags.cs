using Microsoft.Net.Http.Headers;

namespace Hubs.Web.Features.Kernel;

/// <summary>A journey's ETag is its stream version in quotes: <c>"7"</c>. Writes send it back in If-Match.</summary>
public static class ETags
{
    public static string Of(long version) => $"\"{version}\"";

    public static bool TryReadIfMatch(HttpRequest request, out long version)
    {
        ArgumentNullException.ThrowIfNull(request);
        version = 0;
        var value = request.Headers[HeaderNames.IfMatch].ToString().Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Length > 2
            && value[0] == '"'
            && value[^1] == '"'
            && long.TryParse(value[1..^1], System.Globalization.CultureInfo.InvariantCulture, out version);
    }
}
