using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Infrastructure.Web;

// MVC's own messages for values it cannot even bind ("The value 'x' is not valid") in the
// visitor's language, like every other message on the page.
internal sealed class LocalizedBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(value => text["The value '{0}' is not valid.", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetValueMustNotBeNullAccessor(field => text["Please fill in {0}.", field]);
        messages.SetMissingBindRequiredValueAccessor(field => text["Please fill in {0}.", field]);
        messages.SetMissingKeyOrValueAccessor(() => text["Please fill in this field."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Please fill in the form."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["The value '{0}' is not valid.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["The value is not valid."]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["The value for {0} is not valid.", field]);
        messages.SetValueMustBeANumberAccessor(field => text["{0} must be a number.", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["This must be a number."]);
    }
}
