using System.Globalization;
using Hubs.Web.Features.Publishing;

namespace Hubs.Web.Operations;

/// <summary>A one-line progress bar with rate and ETA on standard error, redrawn in place.</summary>
internal static class ProgressBar
{
    private const int Width = 30;

    public static void Draw(RepublishProgress progress) => Draw(progress, "events");

    public static void Draw(RepublishProgress progress, string unit)
    {
        var fraction = progress.Total == 0 ? 1 : (double)progress.Done / progress.Total;
        var filled = (int)Math.Round(fraction * Width);
        var eta = progress.Remaining is { } remaining
            ? remaining.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture)
            : "--:--:--";
        Console.Error.Write(
            string.Create(
                CultureInfo.InvariantCulture,
                $"\r[{new string('#', filled)}{new string('.', Width - filled)}] {fraction, 4:P0} "
                    + $"{progress.Done}/{progress.Total} {unit}, {progress.EventsPerSecond:F0}/s, ETA {eta}  "
            )
        );
    }
}
