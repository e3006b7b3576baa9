using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Hubs.Testing;

/// <summary>The text a PDF shows, page by page, read back from its content streams' text operators.</summary>
public static class PdfText
{
    public static List<string> Pages(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return
        [
            .. document
                .Pages.Cast<PdfSharp.Pdf.PdfPage>()
                .Select(page => string.Join('\n', Strings(ContentReader.ReadContent(page)))),
        ];
    }

    /// <summary>Every type size set on each page (the text operator <c>Tf</c>'s size), in points.</summary>
    public static List<List<double>> FontSizes(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return
        [
            .. document
                .Pages.Cast<PdfSharp.Pdf.PdfPage>()
                .Select(page => Sizes(ContentReader.ReadContent(page)).ToList()),
        ];
    }

    private static IEnumerable<double> Sizes(CObject content) =>
        content switch
        {
            COperator { OpCode.Name: "Tf" } op => op.Operands[1] switch
            {
                CReal real => [real.Value],
                CInteger integer => [integer.Value],
                _ => [],
            },
            CSequence sequence => sequence.SelectMany(Sizes),
            _ => [],
        };

    private static IEnumerable<string> Strings(CObject content) =>
        content switch
        {
            CString text => [text.Value],
            COperator op => op.Operands.SelectMany(Strings),
            CSequence sequence => sequence.SelectMany(Strings),
            _ => [],
        };
}
