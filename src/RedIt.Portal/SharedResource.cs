namespace RedIt.Portal;

// Anchor for the portal's one set of UI texts: Resources/SharedResource.nl.resx holds Dutch;
// the English text is the key itself.
#pragma warning disable CA1052 // A type argument for IStringLocalizer<T> cannot be static.
public sealed class SharedResource
#pragma warning restore CA1052
{
}
