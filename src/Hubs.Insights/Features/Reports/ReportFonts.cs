using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace Hubs.Insights.Features.Reports;

/// <summary>
/// The PDF's one typeface, regular and bold, from the font files that ship inside PDFsharp's own package: a server
/// needs no installed fonts (PDFsharp's Core build finds none by itself on Linux).
/// </summary>
internal sealed class ReportFonts : IFontResolver
{
    public const string Family = "HubsReport";

    private static readonly Lock Gate = new();
    private static bool installed;

    public static void Install()
    {
        lock (Gate)
        {
            if (!installed)
            {
                GlobalFontSettings.FontResolver = new ReportFonts();
                installed = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "SegoeWPBold" : "SegoeWP");

    public byte[]? GetFont(string faceName) =>
        faceName == "SegoeWPBold" ? FontDataHelper.SegoeWPBold : FontDataHelper.SegoeWP;
}
