using System.Globalization;

namespace RedIt.Portal.Infrastructure.Localization;

// Writes something in another person's language than the current request's: a letter, an
// export, the lines of an erasure quoted later in a letter.
public static class InCulture
{
    public static T Run<T>(string culture, Func<T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
