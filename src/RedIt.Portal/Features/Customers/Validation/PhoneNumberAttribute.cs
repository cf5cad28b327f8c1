using Microsoft.Extensions.Localization;

namespace RedIt.Portal.Features.Customers.Validation;

// Parsed with libphonenumber, with the country of the customer's address as the default region
// so that a national number (020 123 4567) is understood.
[AttributeUsage(AttributeTargets.Property)]
public sealed class PhoneNumberAttribute : PortalValidationAttribute
{
    protected override string? Check(object? value, object container, IStringLocalizer text) =>
        value is string phone && PhoneNumbers.TryNormalise(phone, (container as IHasAddress)?.Address.CountryCode) is null
            ? text["This is not a valid phone number. Use e.g. 020 123 4567 or +31 20 123 4567."].Value
            : null;
}
