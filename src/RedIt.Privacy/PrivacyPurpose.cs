namespace RedIt.Privacy;

public sealed record PrivacyPurpose(string Name, LegalBasis LegalBasis)
{
    public override string ToString() => $"{Name} ({LegalBasis.Describe()})";
}
