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

    private static IEnumerable<string> Strings(CObject content) =>
        content switch
        {
            CString text => [text.Value],
            COperator op => op.Operands.SelectMany(Strings),
            CSequence sequence => sequence.SelectMany(Strings),
            _ => [],
        };
}
