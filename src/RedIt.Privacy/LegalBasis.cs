namespace RedIt.Privacy;

// The six grounds of GDPR art. 6(1), points a to f.
public enum LegalBasis
{
    Consent,
    Contract,
    LegalObligation,
    VitalInterest,
    PublicTask,
    LegitimateInterest,
}
