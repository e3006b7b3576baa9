using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using Hubs.Testing.Browser;

namespace Hubs.Insights.Tests.Reports;

/// <summary>One printed sheet as poppler drew it: its PNG, its size in pixels and the share of it inked.</summary>
internal sealed record PdfSheet(string Png, int Width, int Height, double Inked);

/// <summary>
/// Saves a PDF and each of its pages as a PNG beside the screenshots (poppler's <c>pdftoppm</c>, which
/// <c>ops/hubs test</c> installs), for a reviewer to look at the sheets as printed, and measures each sheet: its size
/// and how much of it carries ink (the share of pixels darker than near-white in a grey rendering).
/// </summary>
internal static class PdfPictures
{
    private const string Pdftoppm = "/usr/bin/pdftoppm";

    public static async Task<IReadOnlyList<PdfSheet>> SaveAsync(byte[] pdf, string name)
    {
        Assert.True(
            File.Exists(Pdftoppm),
            $"{Pdftoppm} is missing, so the report's pages cannot be looked at: run ops/hubs test, or apt-get install "
                + "poppler-utils."
        );
        Directory.CreateDirectory(Screenshots.Folder);
        var file = Path.Combine(Screenshots.Folder, $"{name}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        var prefix = Path.ChangeExtension(file, null);
        foreach (var old in Directory.GetFiles(Screenshots.Folder, $"{name}-*.p?m"))
        {
            File.Delete(old);
        }

        await RunAsync("-r", "80", "-png", file, prefix);
        await RunAsync("-r", "80", "-gray", file, prefix);
        return
        [
            .. Pages(name, "png")
                .Zip(Pages(name, "pgm"))
                .Select(p =>
                {
                    var (width, height) = PngSize(p.First);
                    return new PdfSheet(p.First, width, height, Inked(p.Second));
                }),
        ];
    }

    private static async Task RunAsync(params string[] arguments)
    {
        using var pdftoppm = Process.Start(Pdftoppm, arguments);
        await pdftoppm.WaitForExitAsync();
        Assert.Equal(0, pdftoppm.ExitCode);
    }

    /// <summary>pdftoppm's files of one rendering in page order (it pads page numbers to the page count).</summary>
    private static IEnumerable<string> Pages(string name, string extension) =>
        Directory
            .GetFiles(Screenshots.Folder, $"{name}-*.{extension}")
            .OrderBy(f =>
                int.Parse(Path.GetFileNameWithoutExtension(f)[(name.Length + 1)..], CultureInfo.InvariantCulture)
            );

    /// <summary>Width and height from the PNG's header chunk (IHDR, right after the 8-byte signature).</summary>
    private static (int Width, int Height) PngSize(string png)
    {
        var header = File.ReadAllBytes(png).AsSpan(16, 8);
        return (BinaryPrimitives.ReadInt32BigEndian(header), BinaryPrimitives.ReadInt32BigEndian(header[4..]));
    }

    /// <summary>The share of a binary PGM's (P5, 8-bit) pixels darker than near-white.</summary>
    private static double Inked(string pgm)
    {
        var bytes = File.ReadAllBytes(pgm);
        // Header: "P5", width, height, maximum value, each after white space; one white space byte, then pixels.
        var fields = 0;
        var at = 0;
        while (fields < 4)
        {
            while (char.IsWhiteSpace((char)bytes[at]))
            {
                at++;
            }

            while (!char.IsWhiteSpace((char)bytes[at]))
            {
                at++;
            }

            fields++;
        }

        var pixels = bytes.AsSpan(at + 1);
        var inked = 0;
        foreach (var pixel in pixels)
        {
            inked += pixel < 230 ? 1 : 0;
        }

        return (double)inked / pixels.Length;
    }
}
