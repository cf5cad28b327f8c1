using System.Text;

namespace RedIt.Portal.Infrastructure.Files;

// Decides what a file is from its first bytes, never from its name or the type its sender
// claimed: a program renamed to photo.png is still a program. Unknown content is no type at all,
// so a caller only ever accepts what it listed.
public static class ContentSniffer
{
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly (byte[] Magic, SniffedType Type)[] _signatures =
    [
        ("%PDF-"u8.ToArray(), SniffedType.Pdf),
        ([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], SniffedType.Png),
        ([0xFF, 0xD8, 0xFF], SniffedType.Jpeg),
        ("GIF87a"u8.ToArray(), SniffedType.Gif),
        ("GIF89a"u8.ToArray(), SniffedType.Gif),
    ];

    public static SniffedType? Sniff(ReadOnlySpan<byte> content)
    {
        foreach (var (magic, type) in _signatures)
        {
            if (content.StartsWith(magic))
            {
                return type;
            }
        }

        // RIFF....WEBP: the size in between says nothing about the type.
        if (content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return SniffedType.WebP;
        }

        return IsPlainText(content) ? SniffedType.Text : null;
    }

    // Call recordings only, apart from Sniff so no other upload starts accepting audio: WAVE
    // (RIFF....WAVE), MP3 (an ID3 tag or an MPEG audio frame sync: eleven set bits, a version and
    // a layer that exist) and Ogg (OggS).
    public static SniffedType? SniffAudio(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WAVE"u8))
        {
            return SniffedType.Wav;
        }

        if (content.StartsWith("ID3"u8)
            || (content.Length >= 2 && content[0] == 0xFF && (content[1] & 0xE0) == 0xE0 && (content[1] & 0x18) != 0x08 && (content[1] & 0x06) != 0))
        {
            return SniffedType.Mp3;
        }

        return content.StartsWith("OggS"u8) ? SniffedType.Ogg : null;
    }

    // Valid UTF-8 (a BOM allowed) without NUL or other control characters than tab, line feed,
    // carriage return and form feed: what a text editor writes. Binary formats fail on the NUL.
    public static bool IsPlainText(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return false;
        }

        string text;
        try
        {
            text = _strictUtf8.GetString(content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                return false;
            }
        }

        return true;
    }
}

public sealed record SniffedType(string ContentType, string Extension)
{
    public static readonly SniffedType Pdf = new("application/pdf", ".pdf");
    public static readonly SniffedType Png = new("image/png", ".png");
    public static readonly SniffedType Jpeg = new("image/jpeg", ".jpg");
    public static readonly SniffedType Gif = new("image/gif", ".gif");
    public static readonly SniffedType WebP = new("image/webp", ".webp");
    public static readonly SniffedType Text = new("text/plain", ".txt");
    public static readonly SniffedType Wav = new("audio/wav", ".wav");
    public static readonly SniffedType Mp3 = new("audio/mpeg", ".mp3");
    public static readonly SniffedType Ogg = new("audio/ogg", ".ogg");

    public static IReadOnlyList<SniffedType> All { get; } = [Pdf, Png, Jpeg, Gif, WebP, Text];
}
