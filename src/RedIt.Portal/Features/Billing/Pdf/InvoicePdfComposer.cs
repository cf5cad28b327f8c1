using PdfSharp.Drawing;
using RedIt.Portal.Infrastructure.Pdf;

namespace RedIt.Portal.Features.Billing.Pdf;

// Lays one invoice or credit note out on A4: the seller top right, the buyer where an envelope's
// window is, the heading with everything art. 35a Wet OB asks for, the lines (their header again
// on every page they run onto), the VAT per rate beside the totals, and the notes below.
internal sealed class InvoicePdfComposer
{
    private const double LineHeight = 12.5;
    private const double HeaderRowHeight = 17;
    private const double Padding = 4;
    private const double SellerLeft = 340;
    private const double BuyerTop = 150;
    private const double HeadingValueLeft = InvoicePdfCanvas.Left + 130;

    private const double TotalLeft = InvoicePdfCanvas.Right - 85;
    private const double VatLeft = TotalLeft - 45;
    private const double UnitPriceLeft = VatLeft - 85;
    private const double QuantityLeft = UnitPriceLeft - 45;
    private const double DescriptionWidth = QuantityLeft - InvoicePdfCanvas.Left;

    private const double VatTableWidth = 250;
    private const double TotalsLeft = InvoicePdfCanvas.Right - 220;

    private readonly InvoicePdfCanvas _canvas;
    private readonly InvoiceDocument _document;
    private readonly InvoicePdfLabels _labels;
    private readonly InvoicePdfFormat _format;
    private readonly string _title;

    private readonly XFont _regular = new(PortalFonts.FamilyName, 9, XFontStyleEx.Regular);
    private readonly XFont _bold = new(PortalFonts.FamilyName, 9, XFontStyleEx.Bold);
    private readonly XFont _small = new(PortalFonts.FamilyName, 7.5, XFontStyleEx.Regular);
    private readonly XFont _heading = new(PortalFonts.FamilyName, 20, XFontStyleEx.Bold);
    private readonly XFont _note = new(PortalFonts.FamilyName, 10.5, XFontStyleEx.Bold);

    public InvoicePdfComposer(InvoicePdfCanvas canvas, InvoiceDocument document, InvoicePdfLabels labels, InvoicePdfFormat format)
    {
        _canvas = canvas;
        _document = document;
        _labels = labels;
        _format = format;
        _title = document.IsCreditNote ? labels.CreditNoteTitle : labels.InvoiceTitle;
    }

    public void Compose()
    {
        _canvas.NewPage();
        Parties();
        Heading();
        Lines();
        Summary();
        Notes();
        _canvas.DrawOnEveryPage(Footer);
    }

    private void Parties()
    {
        var sellerBottom = PartyBlock(_document.Seller, SellerLeft, InvoicePdfCanvas.Top, InvoicePdfCanvas.Right - SellerLeft);
        var buyerBottom = PartyBlock(_document.Buyer, InvoicePdfCanvas.Left, BuyerTop, SellerLeft - InvoicePdfCanvas.Left - 20);
        _canvas.Y = Math.Max(sellerBottom, buyerBottom) + 28;
    }

    private double PartyBlock(InvoiceParty party, double left, double top, double width)
    {
        var y = top;
        foreach (var (text, font) in PartyLines(party))
        {
            foreach (var line in _canvas.Wrap(text, font, width))
            {
                _canvas.Text(line, font, left, y);
                y += LineHeight;
            }
        }

        return y;
    }

    private IEnumerable<(string Text, XFont Font)> PartyLines(InvoiceParty party)
    {
        yield return (party.Name, _bold);
        yield return ($"{party.Street} {party.HouseNumber}".Trim(), _regular);
        yield return ($"{party.PostalCode} {party.City}".Trim(), _regular);
        yield return (party.CountryName, _regular);
        if (!string.IsNullOrWhiteSpace(party.VatNumber))
        {
            yield return ($"{_labels.VatNumber}: {party.VatNumber}", _regular);
        }

        if (!string.IsNullOrWhiteSpace(party.KvkNumber))
        {
            yield return ($"{_labels.KvkNumber}: {party.KvkNumber}", _regular);
        }
    }

    private void Heading()
    {
        _canvas.Text(_title, _heading, InvoicePdfCanvas.Left, _canvas.Y);
        _canvas.Y += 32;
        foreach (var (label, value) in HeadingRows())
        {
            _canvas.Text(label, _bold, InvoicePdfCanvas.Left, _canvas.Y);
            _canvas.Text(value, _regular, HeadingValueLeft, _canvas.Y);
            _canvas.Y += LineHeight;
        }

        _canvas.Y += 18;
    }

    private IEnumerable<(string Label, string Value)> HeadingRows()
    {
        yield return (_document.IsCreditNote ? _labels.CreditNoteNumber : _labels.InvoiceNumber, _document.Number);
        if (!string.IsNullOrWhiteSpace(_document.CreditsInvoiceNumber))
        {
            yield return (_labels.CreditsInvoice, _document.CreditsInvoiceNumber);
        }

        yield return (_labels.IssuedOn, _format.Date(_document.IssuedOn));
        yield return (_labels.DueOn, _format.Date(_document.DueOn));
        yield return (_labels.CustomerNumber, _format.Number(_document.CustomerNumber));
        if (_document.PeriodFrom is not null || _document.PeriodTo is not null)
        {
            yield return (_labels.SupplyPeriod, _format.Period(_document.PeriodFrom, _document.PeriodTo));
        }
    }

    private void Lines()
    {
        LinesHeader();
        foreach (var line in _document.Lines)
        {
            var description = _canvas.Wrap(line.Description, _regular, DescriptionWidth - 2 * Padding);
            var height = description.Count * LineHeight + 5;
            if (!_canvas.Fits(height))
            {
                ContinueOnNewPage();
                LinesHeader();
            }

            var top = _canvas.Y + 2;
            for (var index = 0; index < description.Count; index++)
            {
                _canvas.Text(description[index], _regular, InvoicePdfCanvas.Left + Padding, top + index * LineHeight);
            }

            _canvas.TextRight(_format.Number(line.Quantity), _regular, UnitPriceLeft - Padding, top);
            _canvas.TextRight(_format.Money(line.UnitPriceExclVat), _regular, VatLeft - Padding, top);
            _canvas.TextRight(_format.Rate(line.VatRate), _regular, TotalLeft - Padding, top);
            _canvas.TextRight(_format.Money(line.TotalExclVat), _regular, InvoicePdfCanvas.Right - Padding, top);
            _canvas.Y += height;
            _canvas.HorizontalRule(InvoicePdfCanvas.Left, InvoicePdfCanvas.Right, _canvas.Y - 1);
        }
    }

    private void LinesHeader()
    {
        var top = _canvas.Y;
        _canvas.Fill(InvoicePdfCanvas.Left, top, InvoicePdfCanvas.Right - InvoicePdfCanvas.Left, HeaderRowHeight);
        _canvas.Text(_labels.Description, _bold, InvoicePdfCanvas.Left + Padding, top + Padding);
        _canvas.TextRight(_labels.Quantity, _bold, UnitPriceLeft - Padding, top + Padding);
        _canvas.TextRight(_labels.UnitPrice, _bold, VatLeft - Padding, top + Padding);
        _canvas.TextRight(_labels.VatRate, _bold, TotalLeft - Padding, top + Padding);
        _canvas.TextRight(_labels.LineTotal, _bold, InvoicePdfCanvas.Right - Padding, top + Padding);
        _canvas.Y = top + HeaderRowHeight + 3;
    }

    private void ContinueOnNewPage()
    {
        _canvas.NewPage();
        _canvas.Text($"{_title} {_document.Number}", _bold, InvoicePdfCanvas.Left, _canvas.Y);
        _canvas.TextRight(_document.Seller.Name, _regular, InvoicePdfCanvas.Right, _canvas.Y);
        _canvas.Y += 24;
    }

    // The VAT per rate and the totals stand side by side and are never split over two pages.
    private void Summary()
    {
        var vatHeight = HeaderRowHeight + 3 + _document.VatRows.Count * LineHeight;
        var totalsHeight = 3 * LineHeight + 8;
        _canvas.Y += 14;
        if (!_canvas.Fits(Math.Max(vatHeight, totalsHeight)))
        {
            ContinueOnNewPage();
        }

        var top = _canvas.Y;
        var vatBottom = VatTable(top);
        var totalsBottom = Totals(top);
        _canvas.Y = Math.Max(vatBottom, totalsBottom) + 18;
    }

    private double VatTable(double top)
    {
        const double rateLeft = InvoicePdfCanvas.Left + Padding;
        const double baseRight = InvoicePdfCanvas.Left + 166;
        const double vatRight = InvoicePdfCanvas.Left + VatTableWidth - Padding;
        _canvas.Fill(InvoicePdfCanvas.Left, top, VatTableWidth, HeaderRowHeight);
        _canvas.Text(_labels.VatRateColumn, _bold, rateLeft, top + Padding);
        _canvas.TextRight(_labels.VatBase, _bold, baseRight, top + Padding);
        _canvas.TextRight(_labels.VatAmount, _bold, vatRight, top + Padding);
        var y = top + HeaderRowHeight + 3;
        foreach (var row in _document.VatRows)
        {
            _canvas.Text(_format.Rate(row.VatRate), _regular, rateLeft, y);
            _canvas.TextRight(_format.Money(row.BaseExclVat), _regular, baseRight, y);
            _canvas.TextRight(_format.Money(row.Vat), _regular, vatRight, y);
            y += LineHeight;
        }

        return y;
    }

    private double Totals(double top)
    {
        var y = top + Padding;
        _canvas.Text(_labels.TotalExclVat, _regular, TotalsLeft, y);
        _canvas.TextRight(_format.Money(_document.TotalExclVat), _regular, InvoicePdfCanvas.Right - Padding, y);
        y += LineHeight;
        _canvas.Text(_labels.TotalVat, _regular, TotalsLeft, y);
        _canvas.TextRight(_format.Money(_document.TotalVat), _regular, InvoicePdfCanvas.Right - Padding, y);
        y += LineHeight + 2;
        _canvas.HorizontalRule(TotalsLeft, InvoicePdfCanvas.Right, y);
        y += 4;
        _canvas.Text(_labels.TotalInclVat, _bold, TotalsLeft, y);
        _canvas.TextRight(_format.Money(_document.TotalInclVat), _bold, InvoicePdfCanvas.Right - Padding, y);
        return y + LineHeight;
    }

    private void Notes()
    {
        if (!string.IsNullOrWhiteSpace(_document.VatNote))
        {
            VatNote(_document.VatNote);
        }

        Paragraph(_document.PaymentInstructions, _regular, LineHeight, brush: null);
        _canvas.Y += 8;
        Paragraph(_document.RoundingNote, _small, 10, _canvas.Muted);
    }

    // A reverse-charged invoice must say so where nobody misses it: in bold, on a shaded band.
    private void VatNote(string note)
    {
        const double lineHeight = 15;
        const double width = InvoicePdfCanvas.Right - InvoicePdfCanvas.Left;
        var lines = _canvas.Wrap(note, _note, width - 4 * Padding);
        var height = lines.Count * lineHeight + 3 * Padding;
        if (!_canvas.Fits(height))
        {
            ContinueOnNewPage();
        }

        _canvas.Fill(InvoicePdfCanvas.Left, _canvas.Y, width, height);
        for (var index = 0; index < lines.Count; index++)
        {
            _canvas.Text(lines[index], _note, InvoicePdfCanvas.Left + 2 * Padding, _canvas.Y + 1.5 * Padding + index * lineHeight);
        }

        _canvas.Y += height + 14;
    }

    private void Paragraph(string text, XFont font, double lineHeight, XBrush? brush)
    {
        foreach (var line in _canvas.Wrap(text, font, InvoicePdfCanvas.Right - InvoicePdfCanvas.Left))
        {
            if (!_canvas.Fits(lineHeight))
            {
                ContinueOnNewPage();
            }

            _canvas.Text(line, font, InvoicePdfCanvas.Left, _canvas.Y, brush);
            _canvas.Y += lineHeight;
        }
    }

    private void Footer(int page, int pages)
    {
        var seller = _document.Seller;
        var parts = new List<string> { seller.Name };
        if (!string.IsNullOrWhiteSpace(seller.KvkNumber))
        {
            parts.Add($"{_labels.KvkNumber}: {seller.KvkNumber}");
        }

        if (!string.IsNullOrWhiteSpace(seller.VatNumber))
        {
            parts.Add($"{_labels.VatNumber}: {seller.VatNumber}");
        }

        _canvas.HorizontalRule(InvoicePdfCanvas.Left, InvoicePdfCanvas.Right, InvoicePdfCanvas.FooterTop);
        _canvas.Text(string.Join(" · ", parts), _small, InvoicePdfCanvas.Left, InvoicePdfCanvas.FooterTop + 5, _canvas.Muted);
        _canvas.TextRight(
            $"{_labels.Page} {_format.Number(page)} {_labels.PageOf} {_format.Number(pages)}",
            _small, InvoicePdfCanvas.Right, InvoicePdfCanvas.FooterTop + 5, _canvas.Muted);
    }
}
