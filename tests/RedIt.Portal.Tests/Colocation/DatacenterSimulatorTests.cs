using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Colocation;
using RedIt.Portal.Tests.Infrastructure;
using static RedIt.Portal.Tests.Colocation.VisitWorld;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Colocation;

// What a newcomer's portal does without an Equinix account: the built-in copy of the API takes the
// visit through the real client, so a visit is approved, sent and cancelled as in production.
[Trait("Policy", "2.5")]
public sealed class DatacenterSimulatorTests : IDisposable
{
    private readonly PortalFactory _portal = new PortalFactory().With("Datacenter:Simulate", "true").With("Datacenter:WorkerEnabled", "false");

    [Fact]
    public async Task The_simulated_provider_orders_an_approved_visit_and_cancels_it_when_the_customer_does()
    {
        var customer = await CustomerAsync(_portal);
        await RequestAsync(customer, Form(Day, ("Pieter", "Bakker")));
        var visitId = Assert.Single(await VisitsAsync(_portal, customer.Id)).Id;
        var (support, _) = await ConsentStaff.SignedInAsync(_portal, PortalRoles.Support);
        await DecideAsync(support, visitId, "approve");

        Assert.Equal(1, await SendAsync(_portal));
        var sent = Assert.Single(await VisitsAsync(_portal, customer.Id));
        Assert.Equal(DatacenterSendStatus.Sent, sent.SendStatus);
        Assert.StartsWith("1-", sent.SupplierReference, StringComparison.Ordinal);
        Assert.Equal("first name, last name, visit window", Assert.Single(await DisclosuresAsync(_portal, customer.Id)).DataItems);

        var list = await customer.Browser.GetAsync($"/profile/services/{customer.Colocation.Id}/visits");
        Assert.Contains("The datacenter has the names since", list.Text, StringComparison.Ordinal);
        await customer.Browser.SubmitAndFollowAsync(list, new Dictionary<string, string>(), $"/visits/{visitId}/cancel");
        Assert.Equal(1, await SendAsync(_portal));
        var cancelled = await _portal.WithDbAsync(db => db.Set<DatacenterVisit>().AsNoTracking().SingleAsync(v => v.Id == visitId));
        Assert.Equal((VisitStatus.Cancelled, DatacenterSendStatus.Cancelled, (string?)null), (cancelled.Status, cancelled.SendStatus, cancelled.LastSendError));
    }

    public void Dispose() => _portal.Dispose();
}
