using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Profile;

// Superseded by this.Notify(...) (Infrastructure/Web/Notices.cs). TwoFactorController still sets
// TempData[ProfileNotice.Key] itself; the key is the shared one, so its notice shows the same way.
// Remove this class once that controller calls Notify.
public static class ProfileNotice
{
    public const string Key = Notices.TempDataKey;
}
