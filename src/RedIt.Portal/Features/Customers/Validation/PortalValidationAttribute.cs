using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace RedIt.Portal.Features.Customers.Validation;

// Checks that depend on another field of the same form (the country of a postcode, the kind
// of customer). They sit on the field itself so they run, and show, together with every other
// field's error instead of only once the rest of the form is valid.
public abstract class PortalValidationAttribute : ValidationAttribute
{
    public override bool RequiresValidationContext => true;

    protected abstract string? Check(object? value, object container, IStringLocalizer text);

    protected sealed override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        var text = (IStringLocalizer)validationContext.GetService(typeof(IStringLocalizer<SharedResource>))!;
        var error = Check(value, validationContext.ObjectInstance, text);
        return error is null
            ? ValidationResult.Success
            : new ValidationResult(error, validationContext.MemberName is { } member ? [member] : null);
    }
}
