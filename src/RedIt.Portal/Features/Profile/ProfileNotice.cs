namespace RedIt.Portal.Features.Profile;

// The one-line notice the profile page shows after a change. It travels in TempData, never in
// the address, so no link can put words of its own on a customer's page.
public static class ProfileNotice
{
    public const string Key = "ProfileNotice";
}
