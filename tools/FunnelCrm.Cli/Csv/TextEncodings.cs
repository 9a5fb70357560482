using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Unicode;

namespace FunnelCrm.Cli.Csv;

/// <summary>
/// How input text is decoded: a byte order mark decides (UTF-8, UTF-16, UTF-32); without one the text must be valid
/// UTF-8, unless --encoding names another encoding. Decoding is strict: an invalid byte is refused, never replaced.
/// </summary>
public static class TextEncodings
{
    /// <summary>The names --encoding accepts.</summary>
    public const string Names = "utf-8, windows-1252, iso-8859-1, utf-16";

    /// <summary>Strict UTF-8 without a byte order mark.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

    private static readonly (string[] Names, Func<Encoding> Create)[] Known =
    {
        (new[] { "utf-8", "utf8" }, () => StrictUtf8),
        (new[] { "windows-1252", "cp1252", "1252" }, () => Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)),
        (new[] { "iso-8859-1", "latin1", "latin-1" }, () => Encoding.GetEncoding(28591, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)),
        (new[] { "utf-16", "utf-16le", "utf16" }, () => new UnicodeEncoding(false, false, true)),
        (new[] { "utf-16be" }, () => new UnicodeEncoding(true, false, true)),
    };

    static TextEncodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The encoding of an --encoding name (case-insensitive), or null when it is not one FunnelCrm reads.</summary>
    public static Encoding? Named(string name)
    {
        var known = Known.FirstOrDefault(k => k.Names.Contains(name.Trim().ToLowerInvariant()));
        return known.Create?.Invoke();
    }

    /// <summary>
    /// Reads the byte order mark at the start of <paramref name="stream"/>, leaves the stream after it and returns the
    /// encoding to read the rest with: the mark's, else <paramref name="chosen"/>, else strict UTF-8.
    /// </summary>
    public static Encoding Detect(Stream stream, Encoding? chosen)
    {
        Span<byte> start = stackalloc byte[4];
        var read = 0;
        int count;
        while (read < 4 && (count = stream.Read(start.Slice(read))) > 0)
        {
            read += count;
        }

        var mark = start.Slice(0, read);
        (int Length, Encoding Encoding)? found =
            mark.StartsWith(new byte[] { 0xFF, 0xFE, 0, 0 }) ? (4, new UTF32Encoding(false, false, true))
            : mark.StartsWith(new byte[] { 0, 0, 0xFE, 0xFF }) ? (4, new UTF32Encoding(true, false, true))
            : mark.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? (3, StrictUtf8)
            : mark.StartsWith(new byte[] { 0xFF, 0xFE }) ? (2, new UnicodeEncoding(false, false, true))
            : mark.StartsWith(new byte[] { 0xFE, 0xFF }) ? (2, new UnicodeEncoding(true, false, true))
            : null;
        stream.Position = found?.Length ?? 0;
        return found?.Encoding ?? chosen ?? StrictUtf8;
    }

    /// <summary>Whether the encoding is UTF-8.</summary>
    public static bool IsUtf8(Encoding encoding) => encoding.CodePage == StrictUtf8.CodePage;

    /// <summary>The line (1-based) of the first byte sequence in <paramref name="bytes"/> that is not UTF-8, or null when all of it is.</summary>
    public static long? FirstInvalidUtf8Line(ReadOnlySpan<byte> bytes)
    {
        var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out var consumed, out _, replaceInvalidSequences: false);
        return status == OperationStatus.Done ? null : bytes.Slice(0, consumed).Count((byte)'\n') + 1;
    }

    /// <summary>The line (1-based) of the first byte sequence in the file that is not UTF-8, or null when all of it is.</summary>
    public static long? FirstInvalidUtf8Line(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var chars = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            var line = 1L;
            var carried = 0;
            int read;
            while ((read = stream.Read(buffer, carried, (1 << 16) - carried)) > 0 || carried > 0)
            {
                var available = carried + read;
                var final = read == 0;
                var status = Utf8.ToUtf16(buffer.AsSpan(0, available), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                line += buffer.AsSpan(0, consumed).Count((byte)'\n');
                if (status == OperationStatus.InvalidData || (final && status == OperationStatus.NeedMoreData))
                {
                    return line;
                }

                carried = available - consumed;
                buffer.AsSpan(consumed, carried).CopyTo(buffer);
                if (final)
                {
                    break;
                }
            }

            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
