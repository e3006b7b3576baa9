using System.Diagnostics;

namespace Hubs.Insights.Tests.Reports;

/// <summary>
/// A PDF's text page by page as a reader's tool extracts it (poppler's <c>pdftotext</c>, which <c>ops/hubs test</c>
/// installs with <c>pdftoppm</c>): it reads the PDFsharp report and Chromium's print alike.
/// </summary>
internal static class PdfReaderText
{
    private const string Pdftotext = "/usr/bin/pdftotext";

    public static async Task<IReadOnlyList<string>> PagesAsync(byte[] pdf)
    {
        Assert.True(File.Exists(Pdftotext), $"{Pdftotext} is missing: run ops/hubs test, or install poppler-utils.");
        var file = Path.Combine(Path.GetTempPath(), $"hubs-report-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var pdftotext = Process.Start(
                new ProcessStartInfo(Pdftotext, ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true }
            )!;
            var text = await pdftotext.StandardOutput.ReadToEndAsync();
            await pdftotext.WaitForExitAsync();
            Assert.Equal(0, pdftotext.ExitCode);
            // Each page ends with a form feed.
            return text.Split('\f')[..^1];
        }
        finally
        {
            File.Delete(file);
        }
    }
}
