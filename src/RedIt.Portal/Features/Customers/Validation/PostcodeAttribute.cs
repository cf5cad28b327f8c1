using Microsoft.Extensions.Localization;

namespace RedIt.Portal.Features.Customers.Validation;

[AttributeUsage(AttributeTargets.Property)]
public sealed class PostcodeAttribute : PortalValidationAttribute
{
    protected override string? Check(object? value, object container, IStringLocalizer text) =>
        value is string postcode && container is AddressInput address && Countries.Find(address.CountryCode) is { } country
            && !country.IsValidPostcode(postcode)
            ? text["This is not a valid postcode for {0}; it looks like {1}.", country.DisplayName, country.PostcodeExample].Value
            : null;
}
