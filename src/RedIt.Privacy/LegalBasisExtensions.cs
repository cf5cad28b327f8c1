namespace RedIt.Privacy;

public static class LegalBasisExtensions
{
    // Wording a data subject can read; the article reference lets a lawyer check it.
    public static string Describe(this LegalBasis basis) => basis switch
    {
        LegalBasis.Consent => "consent (GDPR art. 6(1)(a))",
        LegalBasis.Contract => "performance of a contract (GDPR art. 6(1)(b))",
        LegalBasis.LegalObligation => "legal obligation (GDPR art. 6(1)(c))",
        LegalBasis.VitalInterest => "vital interests (GDPR art. 6(1)(d))",
        LegalBasis.PublicTask => "public task (GDPR art. 6(1)(e))",
        LegalBasis.LegitimateInterest => "legitimate interest (GDPR art. 6(1)(f))",
        _ => basis.ToString(),
    };
}
