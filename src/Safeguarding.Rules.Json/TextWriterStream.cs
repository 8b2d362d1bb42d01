using System;
using System.IO;
using System.Text;

namespace Safeguarding.Rules.Json;

/// <summary>A write-only stream that decodes UTF-8 into a <see cref="TextWriter"/>, so that a large document is written as it is serialised, never held whole as text.</summary>
internal sealed class TextWriterStream : Stream
{
    private readonly TextWriter writer;
    private readonly Decoder decoder = new UTF8Encoding(false, true).GetDecoder();
    private char[] chars = new char[4096];

    public TextWriterStream(TextWriter writer) => this.writer = writer;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        int needed = decoder.GetCharCount(buffer, offset, count, flush: false);
        if (needed > chars.Length)
        {
            chars = new char[Math.Max(needed, chars.Length * 2)];
        }

        int written = decoder.GetChars(buffer, offset, count, chars, 0, flush: false);
        writer.Write(chars, 0, written);
    }

    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
