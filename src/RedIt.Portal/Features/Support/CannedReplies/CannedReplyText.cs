using System.Globalization;

namespace RedIt.Portal.Features.Support.CannedReplies;

// The placeholders of a standard reply, filled in for one ticket when it is put in the reply box.
public static class CannedReplyText
{
    public const string Name = "{name}";
    public const string Ticket = "{ticket}";

    public static readonly string[] Cultures = ["nl", "en"];

    // In the reply's own language, whatever language the staff member reads the portal in:
    // "Beste {name}," becomes "Beste klant," when nobody knows the customer's name.
    private static readonly Dictionary<string, string> _nobody = new(StringComparer.Ordinal)
    {
        ["nl"] = "klant",
        ["en"] = "customer",
    };

    public static string Fill(string body, string culture, string? customerName, int ticketNumber)
    {
        ArgumentNullException.ThrowIfNull(body);
        var name = string.IsNullOrWhiteSpace(customerName) ? NobodyIn(culture) : customerName.Trim();
        return body
            .Replace(Name, name, StringComparison.Ordinal)
            .Replace(Ticket, ticketNumber.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    public static string NobodyIn(string culture) => _nobody.GetValueOrDefault(culture, _nobody["en"]);
}
