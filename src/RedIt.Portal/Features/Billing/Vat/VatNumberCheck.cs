namespace RedIt.Portal.Features.Billing.Vat;

// The register's answer about one number, as it is kept with the invoice as evidence: the country
// code as VIES knows it (EL for Greece), the number without that prefix, the consultation number
// VIES gave the check (its proof that RED-IT asked, and when) and the name registered to the
// number when the member state discloses it.
// Valid=false means VIES answered that the number is not valid (or INVALID_INPUT).
public sealed record VatNumberCheck(bool Valid, string CountryCode, string VatNumber, string? ConsultationNumber, DateTime CheckedAtUtc, string? RegisteredName);
