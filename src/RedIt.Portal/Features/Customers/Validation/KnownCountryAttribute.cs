using Microsoft.Extensions.Localization;

namespace RedIt.Portal.Features.Customers.Validation;

[AttributeUsage(AttributeTargets.Property)]
public sealed class KnownCountryAttribute : PortalValidationAttribute
{
    protected override string? Check(object? value, object container, IStringLocalizer text) =>
        value is string code && Countries.Find(code) is null ? text["Please choose a country from the list."].Value : null;
}
