using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Security;

// Outside Development the portal does not start in a state that is unsafe to run, and says what
// to change. (The development accounts are in Operations/PortalCommandTests, with the command
// that removes them.)
[Trait("Policy", "4")]
public sealed class StartupCheckTests
{
    [Fact]
    public void Without_a_key_ring_certificate_the_portal_refuses_to_start()
    {
        using var portal = new PortalFactory().With("DataProtection:CertificatePath", "");
        var message = StartFailure.Of(portal);
        Assert.Contains("DataProtection:CertificatePath is not set", message, StringComparison.Ordinal);
        Assert.Contains("dotnet RedIt.Portal.dll create-key-certificate", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_that_cannot_be_read_is_named_with_the_setting()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"redit-missing-{Guid.NewGuid():N}.pfx");
        using var portal = new PortalFactory().With("DataProtection:CertificatePath", missing);
        var message = StartFailure.Of(portal);
        Assert.Contains($"DataProtection:CertificatePath: the certificate {missing} cannot be read", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Staff_two_factor_cannot_be_switched_off_outside_development()
    {
        using var portal = new PortalFactory().With("Security:RequireStaffTwoFactor", "false");
        var message = StartFailure.Of(portal);
        Assert.Contains("Security:RequireStaffTwoFactor is false", message, StringComparison.Ordinal);
        Assert.Contains("remove the setting or set it to true", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_named_at_once()
    {
        using var portal = new PortalFactory()
            .With("DataProtection:CertificatePath", "")
            .With("Security:RequireStaffTwoFactor", "false")
            .With("Portal:BaseUrl", "");
        var message = StartFailure.Of(portal);
        Assert.Contains("Portal:BaseUrl must be set", message, StringComparison.Ordinal);
        Assert.Contains("DataProtection:CertificatePath is not set", message, StringComparison.Ordinal);
        Assert.Contains("Security:RequireStaffTwoFactor is false", message, StringComparison.Ordinal);
    }
}
