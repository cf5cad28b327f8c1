using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Calls;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Calls;

// A phone system's key and customers with numbers of their own, for the phone API's tests.
internal static class Phones
{
    // A Dutch mobile number no other test uses, as the customer types it and in E.164.
    public static (string National, string E164) NewMobile()
    {
        var digits = RandomNumberGenerator.GetInt32(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
        return ("061" + digits, "+3161" + digits);
    }

    public static async Task<(Guid Id, string Key)> NewKeyAsync(PortalFactory portal, string name = "Test PBX")
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var (system, key) = await scope.ServiceProvider.GetRequiredService<PhoneSystems>().CreateAsync(name);
        return (system.Id, key);
    }

    public static HttpClient Client(PortalFactory portal, string key)
    {
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    // A registered private customer (Jan Jansen) with this number; returns the person's id.
    public static async Task<(Guid PersonId, int Number, string Email)> CustomerAsync(PortalFactory portal, string phoneNumber, string? company = null)
    {
        var browser = new Browserless(portal.CreateClient());
        var email = People.NewEmail();
        var form = People.PrivateCustomer(email);
        form["PhoneNumber"] = phoneNumber;
        await People.RegisterAsync(browser, form);
        return await portal.WithDbAsync(async db =>
        {
            var customer = await db.Customers.Include(c => c.User).SingleAsync(c => c.User.Email == email);
            if (company is not null)
            {
                customer.CompanyName = company;
                await db.SaveChangesAsync();
            }

            return (customer.Id, customer.Number, email);
        });
    }
}
