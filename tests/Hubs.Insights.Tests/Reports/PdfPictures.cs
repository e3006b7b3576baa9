using System.Diagnostics;
using Hubs.Testing.Browser;

namespace Hubs.Insights.Tests.Reports;

/// <summary>
/// Saves a PDF and, where poppler's <c>pdftoppm</c> is installed, each of its pages as a PNG beside the screenshots,
/// for a reviewer to look at the sheets as printed (the print view's own screenshot is saved either way).
/// </summary>
internal static class PdfPictures
{
    public static async Task SaveAsync(byte[] pdf, string name)
    {
        Directory.CreateDirectory(Screenshots.Folder);
        var file = Path.Combine(Screenshots.Folder, $"{name}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        if (!File.Exists("/usr/bin/pdftoppm"))
        {
            return;
        }

        string[] arguments = ["-r", "80", "-png", file, Path.ChangeExtension(file, null)];
        using var pdftoppm = Process.Start("/usr/bin/pdftoppm", arguments);
        await pdftoppm.WaitForExitAsync();
        Assert.Equal(0, pdftoppm.ExitCode);
    }
}
