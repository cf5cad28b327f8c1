using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace RedIt.Portal.Features.Billing.Pdf;

// A4 pages with a cursor that runs down them: the composer asks whether a block fits and turns
// the page when it does not. Page footers are drawn at the end, when the page count is known.
internal sealed class InvoicePdfCanvas(PdfDocument pdf) : IDisposable
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double Left = 56.7;
    public const double Right = PageWidth - 56.7;
    public const double Top = 48;
    public const double ContentBottom = PageHeight - 72;
    public const double FooterTop = PageHeight - 56;

    // Brushes and pens are mutable objects, so each rendering has its own.
    private readonly XBrush _ink = new XSolidBrush(XColors.Black);
    private readonly XBrush _shade = new XSolidBrush(XColor.FromArgb(235, 235, 235));
    private readonly XPen _rule = new(XColor.FromArgb(170, 170, 170), 0.5);
    private XGraphics? _graphics;

    public XBrush Muted { get; } = new XSolidBrush(XColor.FromArgb(90, 90, 90));

    public double Y { get; set; }

    public int PageNumber => pdf.PageCount;

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("No page has been started.");

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = pdf.AddPage();
        page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        Y = Top;
    }

    public bool Fits(double height) => Y + height <= ContentBottom;

    public void Text(string text, XFont font, double x, double y, XBrush? brush = null) =>
        Graphics.DrawString(text, font, brush ?? _ink, x, y, XStringFormats.TopLeft);

    public void TextRight(string text, XFont font, double right, double y, XBrush? brush = null) =>
        Graphics.DrawString(text, font, brush ?? _ink, right - Width(text, font), y, XStringFormats.TopLeft);

    public void HorizontalRule(double from, double to, double y) => Graphics.DrawLine(_rule, from, y, to, y);

    public void Fill(double x, double y, double width, double height) =>
        Graphics.DrawRectangle(_shade, x, y, width, height);

    public double Width(string text, XFont font) => Graphics.MeasureString(text, font).Width;

    // Words go onto a line while they fit; a word longer than the whole width (a long domain
    // name, say) is cut where it must, so nothing runs into the next column.
    public IReadOnlyList<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (Width(candidate, font) <= width)
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                current = word;
                while (Width(current, font) > width)
                {
                    var cut = LongestFittingPrefix(current, font, width);
                    lines.Add(current[..cut]);
                    current = current[cut..];
                }
            }

            lines.Add(current);
        }

        return lines;
    }

    public void DrawOnEveryPage(Action<int, int> draw)
    {
        _graphics?.Dispose();
        for (var index = 0; index < pdf.PageCount; index++)
        {
            _graphics = XGraphics.FromPdfPage(pdf.Pages[index], XGraphicsPdfPageOptions.Append);
            try
            {
                draw(index + 1, pdf.PageCount);
            }
            finally
            {
                _graphics.Dispose();
                _graphics = null;
            }
        }
    }

    public void Dispose() => _graphics?.Dispose();

    private int LongestFittingPrefix(string word, XFont font, double width)
    {
        var length = 1;
        while (length < word.Length && Width(word[..(length + 1)], font) <= width)
        {
            length++;
        }

        return length;
    }
}
