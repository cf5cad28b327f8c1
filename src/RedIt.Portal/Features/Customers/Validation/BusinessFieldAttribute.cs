using Microsoft.Extensions.Localization;

namespace RedIt.Portal.Features.Customers.Validation;

// Company name, KvK and VAT number: required from business customers, ignored for private ones.
[AttributeUsage(AttributeTargets.Property)]
public sealed class BusinessFieldAttribute(BusinessField field) : PortalValidationAttribute
{
    protected override string? Check(object? value, object container, IStringLocalizer text)
    {
        if (container is not CustomerDetailsInput { Kind: CustomerKind.Business })
        {
            return null;
        }

        var entered = value as string;
        return field switch
        {
            BusinessField.CompanyName when string.IsNullOrWhiteSpace(entered) => text["Please enter the company name."].Value,
            BusinessField.KvkNumber when string.IsNullOrWhiteSpace(entered) => text["Please enter the Chamber of Commerce (KvK) number."].Value,
            BusinessField.KvkNumber when !BusinessNumbers.IsKvkNumber(entered!) => text["A KvK number has exactly 8 digits."].Value,
            BusinessField.VatNumber when string.IsNullOrWhiteSpace(entered) => text["Please enter the VAT number."].Value,
            BusinessField.VatNumber when !BusinessNumbers.IsVatNumber(entered!) => text["This is not a valid VAT number; a Dutch one looks like NL123456789B01."].Value,
            _ => null,
        };
    }
}

public enum BusinessField
{
    CompanyName,
    KvkNumber,
    VatNumber,
}
