using System.Globalization;
using PdfSharp.Pdf;
using RedIt.Portal.Infrastructure.Pdf;

namespace RedIt.Portal.Features.Billing.Pdf;

// Turns an issued invoice or credit note into the PDF the customer receives. It keeps no state
// between documents, so one instance serves every request.
public sealed class InvoicePdf
{
    private const string Producer = "RedIt Portal";

    private readonly string _fontDirectory;

    public InvoicePdf()
        : this(PortalFonts.DefaultDirectory)
    {
    }

    internal InvoicePdf(string fontDirectory) => _fontDirectory = fontDirectory;

    public byte[] Render(InvoiceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        PortalFonts.EnsureFilesExist(_fontDirectory);
        PortalFonts.EnsureInstalled(_fontDirectory);

        var culture = CultureInfo.GetCultureInfo(document.Culture);
        var labels = InvoicePdfLabels.For(culture);
        var format = new InvoicePdfFormat(culture, labels, InvoicePdfFormat.MustNegate(document));

        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Number;
        pdf.Info.Author = document.Seller.Name;
        pdf.Info.Subject = $"{(document.IsCreditNote ? labels.CreditNoteTitle : labels.InvoiceTitle)} {document.Number}";
        pdf.Info.Creator = Producer;
        // The date it was issued, not the moment it was drawn: the same invoice drawn again
        // (a copy requested years later) says the same.
        pdf.Info.CreationDate = document.IssuedOn.ToDateTime(TimeOnly.MinValue);
        pdf.Info.ModificationDate = pdf.Info.CreationDate;

        using (var canvas = new InvoicePdfCanvas(pdf))
        {
            new InvoicePdfComposer(canvas, document, labels, format).Compose();
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
