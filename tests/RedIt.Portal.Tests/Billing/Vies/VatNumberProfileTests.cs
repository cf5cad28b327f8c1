using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Privacy;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Billing.Vies;

// A business customer in another EU country enters its VAT number in the profile and sees at once
// what VIES says of it, and so whether its invoices are reverse charged (2.4). Each check that sends
// the number is a disclosure to the European Commission; VIES being down loses nothing typed.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.4")]
public sealed class VatNumberProfileTests(PortalFactory portal)
{
    [Fact]
    public async Task Saving_a_VAT_number_checks_it_with_VIES_and_the_profile_says_what_VIES_answered()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var customerId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var confirmed = await SaveAsync(browser, "DE 813 496 502");
        Assert.Contains("Your details have been saved.", confirmed.Text, StringComparison.Ordinal);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"VIES confirmed this VAT number on {today}: invoices are reverse charged.", Standing(confirmed));

        var unknown = await SaveAsync(browser, "DE813496503");
        Assert.Equal("VIES does not know this VAT number, so invoices carry Dutch VAT. Please check the number.", Standing(unknown));

        var waiting = await SaveAsync(browser, "DE999999999");
        Assert.Contains("Your details have been saved.", waiting.Text, StringComparison.Ordinal);
        Assert.Equal("VIES has not answered yet; we check it again, and meanwhile invoices carry Dutch VAT.", Standing(waiting));
        Assert.Contains("DE999999999", waiting.Text, StringComparison.Ordinal);

        var checks = await portal.WithDbAsync(db => db.Set<VatNumberVerification>().AsNoTracking().Where(v => v.CustomerId == customerId)
            .OrderBy(v => v.RequestedAt).Select(v => new { v.VatNumber, v.Status }).ToListAsync());
        Assert.Equal(
            [("813496502", VatNumberVerificationStatus.Valid), ("813496503", VatNumberVerificationStatus.Invalid), ("999999999", VatNumberVerificationStatus.Pending)],
            checks.Select(c => (c.VatNumber, c.Status)));
        Assert.Equal(3, await portal.WithDbAsync(db => db.Set<Disclosure>().CountAsync(d => d.PersonId == customerId && d.Recipient == Recipients.Vies.Name)));

        // Saved again unchanged: the recent answer stands, VIES is not asked twice.
        await SaveAsync(browser, "DE813496503");
        Assert.Equal(3, await portal.WithDbAsync(db => db.Set<VatNumberVerification>().CountAsync(v => v.CustomerId == customerId)));
    }

    [Fact]
    public async Task A_Dutch_business_is_not_checked_and_the_profile_says_nothing_of_VIES()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var customerId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var edit = await browser.GetAsync("/profile/edit");
        var saved = await browser.SubmitAndFollowAsync(edit, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Kind"] = "Business", ["CompanyName"] = "Bakkerij Tulp B.V.", ["KvkNumber"] = "30271845", ["VatNumber"] = "NL123456789B01",
        });
        Assert.Contains("Your details have been saved.", saved.Text, StringComparison.Ordinal);
        Assert.Null(saved.Document.QuerySelector(".vat-standing"));
        Assert.Equal(0, await portal.WithDbAsync(db => db.Set<VatNumberVerification>().CountAsync(v => v.CustomerId == customerId)));
    }

    private static async Task<Browserless.Page> SaveAsync(Browserless browser, string vatNumber)
    {
        var edit = await browser.GetAsync("/profile/edit");
        return await browser.SubmitAndFollowAsync(edit, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Kind"] = "Business", ["CompanyName"] = "Muster GmbH", ["KvkNumber"] = "87654321", ["VatNumber"] = vatNumber,
            ["Address.Street"] = "Friedrichstraße", ["Address.HouseNumber"] = "12", ["Address.PostalCode"] = "10117", ["Address.City"] = "Berlin", ["Address.CountryCode"] = "DE",
        });
    }

    private static string? Standing(Browserless.Page page) => page.Document.QuerySelector(".vat-standing")?.TextContent.Trim();
}
