using System;
using System.IO;
using System.Threading;

namespace FunnelCrm.Cli.Csv;

/// <summary>A read-only stream over another that counts the bytes read, so that any thread can tell the share of the file read.</summary>
internal sealed class CountingStream : Stream
{
    private readonly Stream inner;
    private readonly long length;
    private long read;

    public CountingStream(Stream inner)
    {
        this.inner = inner;
        length = Math.Max(1, inner.Length);
    }

    /// <summary>The share of the file read so far, from 0 to 1.</summary>
    public double Share => (double)Volatile.Read(ref read) / length;

    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set
        {
            inner.Position = value;
            Volatile.Write(ref read, value);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override long Seek(long offset, SeekOrigin origin)
    {
        var position = inner.Seek(offset, origin);
        Volatile.Write(ref read, position);
        return position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int bytes)
    {
        Volatile.Write(ref read, Volatile.Read(ref read) + bytes);
        return bytes;
    }
}
