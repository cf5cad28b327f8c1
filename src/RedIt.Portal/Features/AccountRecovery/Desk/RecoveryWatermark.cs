using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using RedIt.Portal.Infrastructure.Pdf;

namespace RedIt.Portal.Features.AccountRecovery.Desk;

// Marks every page the reviewer sees with "RED-IT account recovery", so a screenshot or a print
// of it cannot pass for the customer's own copy. A PDF gets the text drawn over each page; an
// image is placed on a page of a new PDF with the text over it. A PDF that PDFsharp cannot
// import (encrypted, or broken in a way a viewer tolerates) is served unchanged rather than not
// at all: the reviewer still has to see it, and that view is audited like any other.
public sealed class RecoveryWatermark(ILogger<RecoveryWatermark> log)
{
    public const string Text = "RED-IT account recovery";


    public RecoveryFile Apply(RecoveryFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        UseBundledFont();
        try
        {
            return file.ContentType switch
            {
                "application/pdf" => file with { Content = MarkPdf(file.Content) },
                "image/png" or "image/jpeg" => file with
                {
                    Content = ImageOnPage(file.Content),
                    ContentType = "application/pdf",
                    FileName = Path.ChangeExtension(file.FileName, ".pdf"),
                },
                _ => file,
            };
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            log.LogWarning(problem, "A recovery document ({Type}) could not be watermarked and is served unchanged", file.ContentType);
            return file;
        }
    }

    private static byte[] MarkPdf(byte[] content)
    {
        using var input = new MemoryStream(content, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        foreach (var page in document.Pages)
        {
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            Draw(graphics, page.Width.Point, page.Height.Point);
        }

        return Save(document);
    }

    private static byte[] ImageOnPage(byte[] content)
    {
        using var document = new PdfDocument();
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using var input = new MemoryStream(content, writable: false);
        using var image = XImage.FromStream(input);
        var (width, height) = (page.Width.Point, page.Height.Point);
        const double margin = 36;
        var scale = Math.Min((width - (2 * margin)) / image.PointWidth, (height - (2 * margin)) / image.PointHeight);
        scale = Math.Min(scale, 1.5);
        var (w, h) = (image.PointWidth * scale, image.PointHeight * scale);
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            graphics.DrawImage(image, (width - w) / 2, (height - h) / 2, w, h);
            Draw(graphics, width, height);
        }

        return Save(document);
    }

    // Across the page diagonally, half transparent, and once more along the bottom edge.
    private static void Draw(XGraphics graphics, double width, double height)
    {
        var brush = new XSolidBrush(XColor.FromArgb(110, 176, 0, 32));
        var size = Math.Max(18, Math.Min(width, height) / 11);
        var state = graphics.Save();
        graphics.TranslateTransform(width / 2, height / 2);
        graphics.RotateTransform(-Math.Atan2(height, width) * 180 / Math.PI);
        graphics.DrawString(Text, new XFont(PortalFonts.WatermarkFamily, size, XFontStyleEx.Bold), brush, new XPoint(0, 0), XStringFormats.Center);
        graphics.Restore(state);
        graphics.DrawString(Text, new XFont(PortalFonts.WatermarkFamily, 10, XFontStyleEx.Regular), brush, new XPoint(width / 2, height - 14), XStringFormats.Center);
    }

    private static byte[] Save(PdfDocument document)
    {
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    // The font comes with PDFsharp itself, so the server needs no fonts installed; the resolver is
    // the portal's one, which invoices use too.
    private static void UseBundledFont() => PortalFonts.EnsureInstalled();
}
