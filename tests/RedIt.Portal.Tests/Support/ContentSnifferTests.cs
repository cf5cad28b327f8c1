using System.Text;
using RedIt.Portal.Infrastructure.Files;

namespace RedIt.Portal.Tests.Support;

// Clause 2.1: a customer's file is kept as what it is, decided by its content and never its name.
[Trait("Policy", "2.1")]
public sealed class ContentSnifferTests
{
    public static TheoryData<string, string> Files => new()
    {
        { "pdf", "application/pdf" },
        { "png", "image/png" },
        { "jpeg", "image/jpeg" },
        { "gif", "image/gif" },
        { "webp", "image/webp" },
        { "text", "text/plain" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_allowed_type_is_known_by_its_first_bytes(string kind, string contentType)
    {
        var content = kind switch
        {
            "pdf" => TestFiles.Pdf(),
            "png" => TestFiles.Png(),
            "jpeg" => TestFiles.Jpeg(),
            "gif" => TestFiles.Gif(),
            "webp" => TestFiles.WebP(),
            _ => TestFiles.Text(),
        };

        Assert.Equal(contentType, ContentSniffer.Sniff(content)?.ContentType);
    }

    [Fact]
    public void A_PNG_named_pdf_is_a_PNG_because_the_name_is_never_read()
    {
        // The sniffer takes no name at all: there is nothing a name could change.
        Assert.Equal(SniffedType.Png, ContentSniffer.Sniff(TestFiles.Png()));
    }

    [Fact]
    public void A_program_is_no_allowed_type_whatever_it_is_called()
    {
        Assert.Null(ContentSniffer.Sniff(TestFiles.Exe()));
        // ZIP (and so docx), ELF and a WAVE file (RIFF but not WEBP) neither.
        Assert.Null(ContentSniffer.Sniff([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]));
        Assert.Null(ContentSniffer.Sniff([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]));
        Assert.Null(ContentSniffer.Sniff([.. "RIFF"u8, 0x24, 0, 0, 0, .. "WAVEfmt "u8]));
    }

    [Fact]
    public void Text_is_valid_UTF8_without_NUL_or_other_control_bytes()
    {
        Assert.Equal(SniffedType.Text, ContentSniffer.Sniff(Encoding.UTF8.GetBytes("Beste klant,\n\tgroet uit Zwolle — één regel\r\n")));
        Assert.Equal(SniffedType.Text, ContentSniffer.Sniff([0xEF, 0xBB, 0xBF, .. "with a BOM"u8]));
        Assert.Null(ContentSniffer.Sniff([.. "almost text"u8, 0x00, .. "and a NUL"u8]));
        Assert.Null(ContentSniffer.Sniff([.. "latin-1 "u8, 0xE9, 0xE8]));
        Assert.Null(ContentSniffer.Sniff([.. "escape "u8, 0x1B, .. "[31m"u8]));
        Assert.Null(ContentSniffer.Sniff([]));
    }

    [Theory]
    [InlineData("scan.pdf", "scan.pdf")]
    [InlineData(@"C:\Users\jan\Desktop\scan.pdf", "scan.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..", "file")]
    [InlineData(".htaccess", "htaccess")]
    [InlineData("invoice\u202Egpj.exe", "invoicegpj.exe")]
    [InlineData("line\r\nbreak.txt", "linebreak.txt")]
    [InlineData("what?.txt", "what_.txt")]
    [InlineData("", "file")]
    [InlineData(null, "file")]
    public void A_file_name_loses_its_path_and_control_characters(string? name, string cleaned) =>
        Assert.Equal(cleaned, FileNames.Clean(name));

    [Fact]
    public void A_long_file_name_is_cut_to_the_limit_and_keeps_its_extension()
    {
        var cleaned = FileNames.Clean(new string('a', 400) + ".pdf");
        Assert.Equal(FileNames.MaxLength, cleaned.Length);
        Assert.EndsWith("a.pdf", cleaned, StringComparison.Ordinal);
    }
}
