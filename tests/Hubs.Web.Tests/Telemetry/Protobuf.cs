using System.Text;

namespace Hubs.Web.Tests.Telemetry;

/// <summary>
/// Just enough of the protobuf wire format to read OTLP requests: the length-delimited fields
/// (sub-messages and strings) of a message, by field number. Other wire types are skipped.
/// </summary>
public static class Protobuf
{
    public static IEnumerable<ReadOnlyMemory<byte>> Fields(ReadOnlyMemory<byte> message, int field)
    {
        var at = 0;
        while (at < message.Length)
        {
            var key = Varint(message.Span, ref at);
            var length = (key & 7) switch
            {
                0 => SkipVarint(message.Span, ref at),
                1 => 8,
                2 => (int)Varint(message.Span, ref at),
                5 => 4,
                var wire => throw new FormatException($"Unexpected wire type {wire}."),
            };
            if ((key & 7) == 2 && (int)(key >> 3) == field)
            {
                yield return message.Slice(at, length);
            }

            at += length;
        }
    }

    public static string? Text(ReadOnlyMemory<byte> message, int field) =>
        Fields(message, field).Select(f => Encoding.UTF8.GetString(f.Span)).FirstOrDefault();

    private static ulong Varint(ReadOnlySpan<byte> bytes, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    private static int SkipVarint(ReadOnlySpan<byte> bytes, ref int at)
    {
        Varint(bytes, ref at);
        return 0;
    }
}
