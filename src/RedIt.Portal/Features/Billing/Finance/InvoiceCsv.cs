using System.Globalization;
using System.Text;

namespace RedIt.Portal.Features.Billing.Finance;

// One row of the bookkeeping's CSV as RFC 4180 writes it: fields separated by commas, a field
// with a comma, a quote or a line break in quotes (its quotes doubled), lines ended by CRLF.
// Amounts in the invariant culture, with a dot, whatever the reader's language.
internal static class InvoiceCsv
{
    public const string LineEnd = "\r\n";

    public static readonly string Header = string.Join(',',
        "Number", "Kind", "Date", "Customer number", "Billing name", "Country", "VAT treatment", "Buyer VAT number",
        "VAT rate (%)", "Base excl. VAT", "VAT", "Total incl. VAT", "Status", "Paid at (UTC)", "Credits invoice") + LineEnd;

    public static void AppendRow(StringBuilder csv, IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(csv);
        csv.AppendJoin(',', fields).Append(LineEnd);
    }

    // Text that came from people (a name, a VAT number). A spreadsheet runs a cell that starts
    // with =, +, - or @ (or a tab or carriage return before one) as a formula, so such text gets an
    // apostrophe in front: shown as text, never run.
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    // Amounts are written by the portal, never typed into it: a credit note's "-12.10" stays a
    // number the bookkeeping can add up, so no apostrophe goes in front of its minus.
    public static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    // 0.21 as "21".
    public static string Rate(decimal rate) => (rate * 100m).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Moment(DateTime? utc) => utc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
}
