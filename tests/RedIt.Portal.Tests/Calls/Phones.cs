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

// Call events and recordings as a phone system sends them.
internal static class PhoneCalls
{
    public static async Task<HttpResponseMessage> PostEventAsync(HttpClient pbx, object body) =>
        await pbx.PostAsync("/api/phone/calls", System.Net.Http.Json.JsonContent.Create(body));

    public static async Task<HttpResponseMessage> PostRecordingAsync(HttpClient pbx, string callId, byte[] audio, string fileName = "call.wav", string contentType = "audio/wav")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(audio);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, "recording", fileName);
        return await pbx.PostAsync($"/api/phone/calls/{Uri.EscapeDataString(callId)}/recording", form);
    }

    // A tiny but real WAVE file: RIFF header, fmt chunk and some samples.
    public static byte[] Wav(int samples = 4000)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8);
        writer.Write(36 + samples * 2);
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)1);
        writer.Write(8000);
        writer.Write(16000);
        writer.Write((short)2);
        writer.Write((short)16);
        writer.Write("data"u8);
        writer.Write(samples * 2);
        for (var i = 0; i < samples; i++)
        {
            writer.Write((short)(Math.Sin(i / 4.0) * 8000));
        }

        writer.Flush();
        return stream.ToArray();
    }

    public static string NewCallId() => "call-" + Guid.NewGuid().ToString("N");
}
