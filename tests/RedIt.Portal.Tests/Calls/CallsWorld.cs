using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Calls;

// Customer A's part of the authorization matrix's world for the phone routes: a phone system
// ("{phoneSystem}") and its key ("{phoneKey}").
internal static class CallsWorld
{
    public static async Task SeedAsync(PortalFactory portal, Guid customerAId, Dictionary<string, string> ids)
    {
        var (systemId, key) = await Phones.NewKeyAsync(portal, "Matrix PBX");
        ids["phoneSystem"] = systemId.ToString();
        ids["phoneKey"] = key;
        ids["customerAId"] = customerAId.ToString();
    }
}
