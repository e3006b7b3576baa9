using System.Buffers.Binary;
using System.Text;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Store;

/// <summary>
/// Journey cells framed as <c>COPY</c>'s binary format reads them (the header, then each row its count of values and
/// each value its length and bytes, big-endian, then -1), in a buffer sent when it is nearly full
/// (<see cref="JourneyCellsCopy"/>). A row's Hub, family, month and group are framed once and copied for each of its
/// cells, which come one after another with the very same strings.
/// </summary>
internal sealed class JourneyCellsFrame
{
    private const int Values = 8;

    // The format's signature ("PGCOPY\n\377\r\n\0"), no flags, no header extension.
    private static readonly byte[] Header = [.. "PGCOPY\n"u8, 0xFF, .. "\r\n"u8, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private byte[] buffer = new byte[1 << 16];
    private byte[] row = new byte[256];
    private int rowLength;
    private int length;
    private JourneyCell last = new("", "", "", "", "", 0, 0, 0);

    public JourneyCellsFrame()
    {
        Header.CopyTo(buffer, 0);
        length = Header.Length;
    }

    public ReadOnlyMemory<byte> Written => buffer.AsMemory(0, length);

    public void Clear() => length = 0;

    /// <summary>Frames the cell; true when the buffer should be sent (and then cleared).</summary>
    public bool Add(JourneyCell cell)
    {
        if (
            rowLength == 0
            || !ReferenceEquals(cell.Hub, last.Hub)
            || !ReferenceEquals(cell.Family, last.Family)
            || !ReferenceEquals(cell.Month, last.Month)
            || !ReferenceEquals(cell.Group, last.Group)
        )
        {
            FrameRow(cell);
        }

        last = cell;
        var most = rowLength + 4 + Encoding.UTF8.GetMaxByteCount(cell.Part.Length) + (4 + 4) + (4 + 8) + (4 + 8);
        Grow(most);
        row.AsSpan(0, rowLength).CopyTo(buffer.AsSpan(length));
        length += rowLength;
        Text(cell.Part);
        Number(4);
        Number(cell.Bucket);
        Number(8);
        BinaryPrimitives.WriteInt64BigEndian(buffer.AsSpan(length), cell.Amount);
        length += 8;
        Number(8);
        BinaryPrimitives.WriteInt64BigEndian(buffer.AsSpan(length), cell.Keys);
        length += 8;
        return length > buffer.Length / 2;
    }

    /// <summary>The end of the rows (-1 as a count of values).</summary>
    public void End()
    {
        Grow(2);
        BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(length), -1);
        length += 2;
    }

    private void FrameRow(JourneyCell cell)
    {
        var most =
            2
            + (4 * 4)
            + Encoding.UTF8.GetMaxByteCount(
                cell.Hub.Length + cell.Family.Length + cell.Month.Length + cell.Group.Length
            );
        if (most > row.Length)
        {
            row = new byte[most];
        }

        BinaryPrimitives.WriteInt16BigEndian(row, Values);
        rowLength = 2;
        foreach (var text in (ReadOnlySpan<string>)[cell.Hub, cell.Family, cell.Month, cell.Group])
        {
            var bytes = Encoding.UTF8.GetBytes(text, row.AsSpan(rowLength + 4));
            BinaryPrimitives.WriteInt32BigEndian(row.AsSpan(rowLength), bytes);
            rowLength += 4 + bytes;
        }
    }

    private void Grow(int more)
    {
        if (length + more > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
        }
    }

    private void Text(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text, buffer.AsSpan(length + 4));
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(length), bytes);
        length += 4 + bytes;
    }

    private void Number(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(length), value);
        length += 4;
    }
}
