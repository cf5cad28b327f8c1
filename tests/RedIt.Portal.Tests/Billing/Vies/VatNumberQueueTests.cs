using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Privacy;
using WireMock.RequestBuilders;

namespace RedIt.Portal.Tests.Billing.Vies;

// A German business customer's VAT number, checked before it is invoiced (2.4): while VIES cannot
// answer, the sale goes on with Dutch VAT and the check waits; once VIES confirms the number, the
// next invoice is reverse charged with VIES's consultation number as proof. Each check that sends
// the number is a disclosure to the European Commission.
[Trait("Policy", "2.4")]
public sealed class VatNumberQueueTests : IDisposable
{
    private readonly ViesPortal _vies = new();

    [Fact]
    public async Task A_check_VIES_cannot_answer_waits_and_is_tried_again_and_the_next_invoice_is_reverse_charged()
    {
        var portal = _vies.Portal;
        var customer = await BillingWorld.CustomerAsync(portal, CustomerKind.Business, "DE", "DE 276 900 001");
        _vies.Api.Given(Request.Create().WithPath(ViesPortal.BasePath + "/check-vat-number").UsingPost()).InScenario("vies").WillSetStateTo("back")
            .RespondWith(ViesPortal.Json(200, """{"actionSucceed":false,"errorWrappers":[{"error":"MS_UNAVAILABLE"}]}"""));
        _vies.Api.Given(Request.Create().WithPath(ViesPortal.BasePath + "/check-vat-number").UsingPost()).InScenario("vies").WhenStateIs("back")
            .RespondWith(ViesPortal.Json(200, """
                {
                  "countryCode" : "DE",
                  "vatNumber" : "276900001",
                  "requestDate" : "2031-03-14T09:47:12.000Z",
                  "valid" : true,
                  "requestIdentifier" : "WAPIAAAAZq2Lm8Rt",
                  "name" : "---",
                  "address" : "---"
                }
                """));

        await EnsureAsync(customer.Id);
        var waiting = await CheckAsync(customer.Id);
        Assert.Equal((VatNumberVerificationStatus.Pending, 1, "276900001"), (waiting.Status, waiting.Attempts, waiting.VatNumber));
        Assert.StartsWith("MS_UNAVAILABLE", waiting.LastError, StringComparison.Ordinal);
        Assert.Equal(VatTreatment.DutchVat, (await BillingWorld.IssueAsync(portal, customer.Id, ("Colocation 1U", 1, 100m))).VatTreatment);
        // Another order meanwhile does not ask again: the check is queued already.
        await EnsureAsync(customer.Id);
        Assert.Single(_vies.Sent("276900001"));

        Assert.Equal(0, await RetryAsync());
        _vies.Clock.MoveTo(ViesPortal.Now.AddMinutes(16));
        Assert.Equal(1, await RetryAsync());

        var confirmed = await CheckAsync(customer.Id);
        Assert.Equal((VatNumberVerificationStatus.Valid, "WAPIAAAAZq2Lm8Rt"), (confirmed.Status, confirmed.ConsultationNumber));
        var reverse = await BillingWorld.IssueAsync(portal, customer.Id, ("Colocation 1U", 1, 100m));
        Assert.Equal((VatTreatment.ReverseCharge, "WAPIAAAAZq2Lm8Rt", 100m), (reverse.VatTreatment, reverse.VatConsultationNumber, reverse.Total));
        await EnsureAsync(customer.Id);
        Assert.Equal(2, _vies.Sent("276900001").Count);
        var disclosed = await portal.WithDbAsync(db => db.Set<Disclosure>().Where(d => d.PersonId == customer.Id).Select(d => new { d.Recipient, d.DataItems }).ToListAsync());
        Assert.Equal(2, disclosed.Count);
        Assert.All(disclosed, d => Assert.Equal((Recipients.Vies.Name, "VAT number"), (d.Recipient, d.DataItems)));
    }

    [Fact]
    public async Task Customers_with_nothing_to_check_are_not_sent_to_VIES()
    {
        var dutch = await BillingWorld.CustomerAsync(_vies.Portal, CustomerKind.Business, "NL", "NL859123456B01");
        var consumer = await BillingWorld.CustomerAsync(_vies.Portal, CustomerKind.Private, "DE");
        var withoutNumber = await BillingWorld.CustomerAsync(_vies.Portal, CustomerKind.Business, "DE");

        foreach (var customer in new[] { dutch, consumer, withoutNumber })
        {
            await EnsureAsync(customer.Id);
        }

        Assert.Empty(_vies.Api.LogEntries);
        Assert.Equal(0, await _vies.Portal.WithDbAsync(db => db.Set<VatNumberVerification>().CountAsync()));
    }

    public void Dispose() => _vies.Dispose();

    private async Task EnsureAsync(Guid customerId)
    {
        await using var scope = _vies.Portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<VatNumberVerifications>().EnsureRecentAsync(customerId);
    }

    private async Task<int> RetryAsync()
    {
        await using var scope = _vies.Portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VatNumberVerifications>().RetryDueAsync();
    }

    private Task<VatNumberVerification> CheckAsync(Guid customerId) =>
        _vies.Portal.WithDbAsync(db => db.Set<VatNumberVerification>().AsNoTracking().SingleAsync(v => v.CustomerId == customerId));
}
