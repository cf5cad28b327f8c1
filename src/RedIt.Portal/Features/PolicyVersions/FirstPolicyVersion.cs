using System.Reflection;

namespace RedIt.Portal.Features.PolicyVersions;

// The policy as it stood when the portal was built: version 1, seeded by the migrations.
internal static class FirstPolicyVersion
{
    public static readonly Guid Id = new("5f0c1a52-3d2e-4c4b-9a57-2018052400a1");

    public static readonly DateTime PublishedAt = new(2018, 5, 24, 0, 0, 0, DateTimeKind.Utc);

    public const string ChangeSummary = "First published version of the privacy policy.";

    private const string ResourceName = "RedIt.Portal.Features.PolicyVersions.Content.privacy-policy-2018-05-24.txt";

    public static string Text()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        // Line endings are fixed so the seeded text, and with it the migration, is the same on every machine.
        return reader.ReadToEnd().ReplaceLineEndings("\n").Trim();
    }
}
