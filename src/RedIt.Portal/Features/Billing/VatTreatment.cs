namespace RedIt.Portal.Features.Billing;

public enum VatTreatment
{
    // 21 %: customers in the Netherlands, consumers in the EU, and EU businesses whose VAT number
    // VIES has not confirmed.
    DutchVat,

    // An EU business outside the Netherlands with a VAT number VIES confirmed: "btw verlegd".
    ReverseCharge,

    // Outside the EU no Dutch VAT is charged.
    OutsideEu,
}
