namespace RedIt.Portal.Features.Calls;

// A PBX allowed to look up callers and report calls. Its API key is shown once when created and
// stored only as a hash; KeyPrefix lets an admin tell keys apart without the key itself.
public class PhoneSystem
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string KeyPrefix { get; set; } = "";

    public string KeyHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
