using System.Globalization;
using System.Text.Json.Serialization;

namespace RedIt.Portal.Features.Calls.Api;

// {"contact":{"id":"10001","FirstName":"Jan",...}}: the names 3CX's CRM template uses for its
// outputs, spelled as they are, so a template maps them one to one.
public sealed record LookupAnswer([property: JsonPropertyName("contact")] LookupContact Contact);

public sealed record LookupContact(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("FirstName")] string FirstName,
    [property: JsonPropertyName("LastName")] string LastName,
    [property: JsonPropertyName("CompanyName")] string CompanyName,
    [property: JsonPropertyName("CustomerNumber")] int CustomerNumber,
    [property: JsonPropertyName("PhoneBusiness")] string PhoneBusiness,
    [property: JsonPropertyName("ContactUrl")] string ContactUrl)
{
    public static LookupContact From(Caller caller, string contactUrl)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new(caller.CustomerNumber.ToString(CultureInfo.InvariantCulture), caller.FirstName, caller.LastName,
            caller.CompanyName ?? "", caller.CustomerNumber, caller.PhoneNumber, contactUrl);
    }
}
