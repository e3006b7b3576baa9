using System.Globalization;

namespace Hubs.Benchmarks;

/// <summary>What came of one benchmark operation, as <see cref="Measurement"/> counts it.</summary>
internal static class Outcome
{
    public const string Done = "ok";

    /// <summary>
    /// A client with no prepared work left: counted, and that client stops for the rest of the slice.
    /// </summary>
    public const string NoWork = "ran dry";

    /// <summary>Done for any 2xx answer; otherwise the status, e.g. "HTTP 409".</summary>
    public static string Of(HttpResponseMessage response) =>
        response.IsSuccessStatusCode
            ? Done
            : string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode}");

    /// <summary>The operation's own outcome, or the type of what it threw (the run goes on and says so).</summary>
    public static async Task<string> Of(Func<Task<string>> operation)
    {
        try
        {
            return await operation();
        }
        catch (Exception failure)
            when (failure
                    is HttpRequestException
                        or TaskCanceledException
                        or IOException
                        or Npgsql.NpgsqlException
                        or InvalidOperationException
            )
        {
            return failure.GetType().Name;
        }
    }
}
