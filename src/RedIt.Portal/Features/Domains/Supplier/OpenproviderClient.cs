using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using PhoneNumbers;

namespace RedIt.Portal.Features.Domains.Supplier;

// Openprovider's REST API (v1beta): a bearer token from /auth/login, kept until it is refused.
// /domains/check answers availability, /customers creates a registrant's handle, /domains registers
// a domain and lists the ones in our reseller account.
public sealed class OpenproviderClient(HttpClient http, OpenproviderToken token, IOptions<OpenproviderOptions> options, ILogger<OpenproviderClient> log) : IDomainSupplier
{
    // Openprovider's own name server group: its default when a domain brings none of its own.
    private const string DefaultNameServerGroup = "dns-openprovider";

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    // Openprovider writes dates as "2020-04-29 17:15:19", and hours below ten without a leading zero.
    private static readonly string[] DateFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd H:mm:ss", "yyyy-MM-dd"];

    public async Task<IReadOnlyList<DomainAvailability>> CheckAsync(string label, IReadOnlyList<string> tlds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tlds);
        if (tlds.Count == 0)
        {
            return [];
        }

        CheckData? answer;
        try
        {
            var body = new CheckRequest([.. tlds.Select(t => new DomainName(label, t))], WithPrice: false);
            answer = await SendAsync<CheckData>(HttpMethod.Post, "domains/check", body, cancellationToken);
        }
        catch (DomainSupplierRefusedException refused)
        {
            // A search has no one to refuse: to the visitor the supplier simply could not answer.
            throw new DomainSupplierUnavailableException(refused.Message, refused);
        }

        var statuses = (answer?.Results ?? []).ToDictionary(r => r.Domain, r => r.Status, StringComparer.OrdinalIgnoreCase);
        return tlds.Select(t => new DomainAvailability(label, t, statuses.GetValueOrDefault(label + "." + t) switch
        {
            "free" => DomainAvailabilityStatus.Free,
            "active" or "reserved" => DomainAvailabilityStatus.Taken,
            _ => DomainAvailabilityStatus.Unknown,
        })).ToList();
    }

    public async Task<string> CreateContactAsync(DomainRegistrant registrant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registrant);
        var (number, suffix) = SplitHouseNumber(registrant.HouseNumber);
        var body = new CustomerRequest(
            new CustomerName(Initials(registrant.FirstName), registrant.FirstName, registrant.LastName),
            registrant.Gender switch
            {
                RegistrantGender.Male => "M",
                RegistrantGender.Female => "F",
                _ => null,
            },
            string.IsNullOrWhiteSpace(registrant.CompanyName) ? null : registrant.CompanyName,
            new CustomerAddress(registrant.Street, number, suffix, registrant.PostalCode, registrant.City, registrant.CountryCode.ToUpperInvariant()),
            SplitPhone(registrant.PhoneNumber),
            registrant.Email,
            registrant.Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en_GB" : "nl_NL");
        var answer = await SendAsync<CustomerData>(HttpMethod.Post, "customers", body, cancellationToken);
        return answer?.Handle is { Length: > 0 } handle
            ? handle
            : throw new DomainSupplierUnavailableException("Openprovider answered customers without a handle.");
    }

    public async Task<RegisteredDomain> RegisterAsync(DomainRegistration registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var (servers, group) = NameServersOf(registration.NameServers);
        var body = new CreateDomainRequest(
            new DomainName(registration.Label, registration.Tld),
            registration.PeriodYears,
            registration.OwnerHandle,
            registration.OwnerHandle,
            registration.OwnerHandle,
            servers,
            group,
            // The portal invoices and renews itself; Openprovider renewing too would renew twice.
            Autorenew: "off");
        var answer = await SendAsync<DomainData>(HttpMethod.Post, "domains", body, cancellationToken);

        // Without an id the registration may still have happened: a later attempt finds it first.
        return answer is { Id: > 0 }
            ? Registered(answer)
            : throw new DomainSupplierUnavailableException("Openprovider answered domains without an id.");
    }

    public async Task<RegisteredDomain> TransferAsync(DomainTransfer transfer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        var registration = transfer.Domain;
        var (servers, group) = NameServersOf(registration.NameServers);
        var body = new TransferDomainRequest(
            new DomainName(registration.Label, registration.Tld),
            transfer.AuthCode,
            registration.OwnerHandle,
            registration.OwnerHandle,
            registration.OwnerHandle,
            servers,
            group,
            Autorenew: "off");
        var answer = await SendAsync<DomainData>(HttpMethod.Post, "domains/transfer", body, cancellationToken);
        return answer is { Id: > 0 }
            ? Registered(answer)
            : throw new DomainSupplierUnavailableException("Openprovider answered domains/transfer without an id.");
    }

    public async Task<RegisteredDomain> GetAsync(string supplierId, CancellationToken cancellationToken = default)
    {
        var answer = await SendAsync<DomainData>(HttpMethod.Get, "domains/" + Uri.EscapeDataString(supplierId), body: null, cancellationToken);
        return answer is { Id: > 0 }
            ? Registered(answer)
            : throw new DomainSupplierUnavailableException("Openprovider answered domains/{id} without an id.");
    }

    public async Task<RegisteredDomain?> FindAsync(string label, string tld, CancellationToken cancellationToken = default)
    {
        var path = "domains?full_name=" + Uri.EscapeDataString(label + "." + tld);
        var answer = await SendAsync<DomainList>(HttpMethod.Get, path, body: null, cancellationToken);
        var found = (answer?.Results ?? []).FirstOrDefault(d => d.Domain is null
            || (string.Equals(d.Domain.Name, label, StringComparison.OrdinalIgnoreCase) && string.Equals(d.Domain.Extension, tld, StringComparison.OrdinalIgnoreCase)));
        return found is { Id: > 0 } ? Registered(found) : null;
    }

    public async Task<DateTime?> RenewAsync(string supplierId, string label, string tld, int years, CancellationToken cancellationToken = default)
    {
        var answer = await SendAsync<DomainData>(HttpMethod.Post, $"domains/{Uri.EscapeDataString(supplierId)}/renew", new RenewRequest(new DomainName(label, tld), years), cancellationToken);
        return ParseDate(answer?.ExpirationDate);
    }

    public async Task ChangeNameServersAsync(string supplierId, string label, string tld, IReadOnlyList<string> nameServers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameServers);
        var (servers, group) = NameServersOf(nameServers);
        var body = new NameServersRequest(new DomainName(label, tld), servers, group);
        await SendAsync<DomainData>(HttpMethod.Put, $"domains/{Uri.EscapeDataString(supplierId)}", body, cancellationToken);
    }

    // Host names of the customer's own, or else Openprovider's group of name servers.
    private static (NameServer[]? Servers, string? Group) NameServersOf(IReadOnlyList<string> hostNames) =>
        hostNames.Count > 0 ? (hostNames.Select(n => new NameServer(n)).ToArray(), null) : (null, DefaultNameServerGroup);

    private static RegisteredDomain Registered(DomainData domain) =>
        new(domain.Id.ToString(CultureInfo.InvariantCulture), ParseDate(domain.ExpirationDate), domain.Status);

    // The registry's date only: Openprovider writes its own local time, which would shift a UTC day.
    private static DateTime? ParseDate(string? value) =>
        DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? DateTime.SpecifyKind(parsed.Date, DateTimeKind.Utc)
            : null;

    // Dutch style "J.P." from "Jan Peter": Openprovider asks initials beside the first name.
    private static string Initials(string firstName) =>
        string.Concat(firstName.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + "."));

    // "12a" or "12-3" is number 12 with a suffix, which Openprovider keeps in a field of its own.
    private static (string Number, string? Suffix) SplitHouseNumber(string houseNumber)
    {
        var trimmed = houseNumber.Trim();
        var digits = trimmed.TakeWhile(char.IsAsciiDigit).Count();
        var suffix = trimmed[digits..].TrimStart(' ', '-');
        return digits == 0 || suffix.Length == 0 ? (trimmed, null) : (trimmed[..digits], suffix);
    }

    // +31201234567 becomes +31, 20 and 1234567; a mobile +31612345678 becomes +31, 6 and 12345678.
    private static CustomerPhone SplitPhone(string e164)
    {
        try
        {
            var number = Phones.Parse(e164, null);
            var national = Phones.GetNationalSignificantNumber(number);
            var area = Phones.GetLengthOfNationalDestinationCode(number);
            return new CustomerPhone("+" + number.CountryCode.ToString(CultureInfo.InvariantCulture), national[..area], national[area..]);
        }
        catch (NumberParseException)
        {
            // Stored numbers are E.164, so this is a data fault that no retry will mend.
            throw new DomainSupplierRefusedException("The registrant's phone number is not in E.164.");
        }
    }

    // One new login after a refused token. A failure of Openprovider itself (5xx, a timeout, no
    // connection, an answer that is no JSON) is worth trying again; a refusal of the request (a
    // non-zero code on a 2xx or 4xx) is not. Only the path, the status and the code are logged:
    // request bodies and Openprovider's description can hold the registrant's personal data.
    private async Task<TData?> SendAsync<TData>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
        where TData : class
    {
        var what = path.Split('?')[0];
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // Inside the try: a login that cannot reach Openprovider is as unavailable as the request.
                var bearer = await token.GetAsync(LoginAsync, cancellationToken);
                using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
                if (body is not null)
                {
                    request.Content = JsonContent.Create(body);
                }

                request.Headers.Authorization = new("Bearer", bearer);
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
                {
                    token.Forget(bearer);
                    continue;
                }

                var status = (int)response.StatusCode;
                if (status >= 500 || status is >= 300 and < 400
                    || response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
                {
                    log.LogWarning("Openprovider answered {StatusCode} to {Path}", status, what);
                    throw new DomainSupplierUnavailableException($"Openprovider answered {status} to {what}.");
                }

                var answer = await response.Content.ReadFromJsonAsync<Answer<TData>>(cancellationToken);
                if (answer is null || answer.Maintenance)
                {
                    log.LogWarning("Openprovider answered {StatusCode} to {Path} without an answer or in maintenance", status, what);
                    throw new DomainSupplierUnavailableException($"Openprovider answered {status} to {what}.");
                }

                if (answer.Code != 0 || !response.IsSuccessStatusCode)
                {
                    log.LogWarning("Openprovider answered {StatusCode} with code {Code} to {Path}", status, answer.Code, what);
                    throw new DomainSupplierRefusedException($"Openprovider refused {what} with code {answer.Code}.");
                }

                return answer.Data;
            }
            catch (Exception failure) when (failure is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                log.LogWarning("Openprovider could not be reached for {Path}: {Error}", what, failure.GetType().Name);
                throw new DomainSupplierUnavailableException("Openprovider could not be reached.", failure);
            }
        }
    }

    private async Task<string> LoginAsync(CancellationToken cancellationToken)
    {
        var account = options.Value;
        if (!account.Simulate && (account.Username.Length == 0 || account.Password.Length == 0))
        {
            throw new DomainSupplierUnavailableException($"{OpenproviderOptions.Section}:Username and Password are not configured.");
        }

        using var response = await http.PostAsJsonAsync(new Uri("auth/login", UriKind.Relative), new LoginRequest(account.Username, account.Password), cancellationToken);
        var answer = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<Answer<LoginData>>(cancellationToken) : null;
        if (answer?.Data?.Token is not { Length: > 0 } value)
        {
            log.LogWarning("Openprovider refused the login with {StatusCode}", (int)response.StatusCode);
            throw new DomainSupplierUnavailableException("Openprovider refused the login.");
        }

        return value;
    }

    // Every answer of Openprovider: code 0 is success; maintenance means it is down for a while.
    private sealed record Answer<TData>(
        [property: JsonPropertyName("code")] int Code,
        [property: JsonPropertyName("maintenance")] bool Maintenance,
        [property: JsonPropertyName("data")] TData? Data);

    private sealed record LoginRequest([property: JsonPropertyName("username")] string Username, [property: JsonPropertyName("password")] string Password);

    private sealed record LoginData([property: JsonPropertyName("token")] string? Token);

    private sealed record CheckRequest([property: JsonPropertyName("domains")] DomainName[] Domains, [property: JsonPropertyName("with_price")] bool WithPrice);

    private sealed record DomainName([property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("extension")] string Extension);

    private sealed record CheckData([property: JsonPropertyName("results")] CheckResult[]? Results);

    private sealed record CheckResult([property: JsonPropertyName("domain")] string Domain, [property: JsonPropertyName("status")] string Status);

    private sealed record CustomerRequest(
        [property: JsonPropertyName("name")] CustomerName Name,
        [property: JsonPropertyName("gender"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Gender,
        [property: JsonPropertyName("company_name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CompanyName,
        [property: JsonPropertyName("address")] CustomerAddress Address,
        [property: JsonPropertyName("phone")] CustomerPhone Phone,
        [property: JsonPropertyName("email")] string Email,
        [property: JsonPropertyName("locale")] string Locale);

    private sealed record CustomerName(
        [property: JsonPropertyName("initials")] string Initials,
        [property: JsonPropertyName("first_name")] string FirstName,
        [property: JsonPropertyName("last_name")] string LastName);

    private sealed record CustomerAddress(
        [property: JsonPropertyName("street")] string Street,
        [property: JsonPropertyName("number")] string Number,
        [property: JsonPropertyName("suffix"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Suffix,
        [property: JsonPropertyName("zipcode")] string Zipcode,
        [property: JsonPropertyName("city")] string City,
        [property: JsonPropertyName("country")] string Country);

    private sealed record CustomerPhone(
        [property: JsonPropertyName("country_code")] string CountryCode,
        [property: JsonPropertyName("area_code")] string AreaCode,
        [property: JsonPropertyName("subscriber_number")] string SubscriberNumber);

    private sealed record CustomerData([property: JsonPropertyName("handle")] string? Handle);

    private sealed record CreateDomainRequest(
        [property: JsonPropertyName("domain")] DomainName Domain,
        [property: JsonPropertyName("period")] int Period,
        [property: JsonPropertyName("owner_handle")] string OwnerHandle,
        [property: JsonPropertyName("admin_handle")] string AdminHandle,
        [property: JsonPropertyName("tech_handle")] string TechHandle,
        [property: JsonPropertyName("name_servers"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] NameServer[]? NameServers,
        [property: JsonPropertyName("ns_group"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NsGroup,
        [property: JsonPropertyName("autorenew")] string Autorenew);

    private sealed record TransferDomainRequest(
        [property: JsonPropertyName("domain")] DomainName Domain,
        [property: JsonPropertyName("auth_code")] string AuthCode,
        [property: JsonPropertyName("owner_handle")] string OwnerHandle,
        [property: JsonPropertyName("admin_handle")] string AdminHandle,
        [property: JsonPropertyName("tech_handle")] string TechHandle,
        [property: JsonPropertyName("name_servers"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] NameServer[]? NameServers,
        [property: JsonPropertyName("ns_group"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NsGroup,
        [property: JsonPropertyName("autorenew")] string Autorenew);

    private sealed record NameServer([property: JsonPropertyName("name")] string Name);

    // The answer to a registration, and one result of the domain list.
    private sealed record DomainData(
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("status")] string? Status,
        [property: JsonPropertyName("expiration_date")] string? ExpirationDate,
        [property: JsonPropertyName("domain")] DomainName? Domain);

    private sealed record DomainList([property: JsonPropertyName("results")] DomainData[]? Results);

    private sealed record RenewRequest(
        [property: JsonPropertyName("domain")] DomainName Domain,
        [property: JsonPropertyName("period")] int Period);

    private sealed record NameServersRequest(
        [property: JsonPropertyName("domain")] DomainName Domain,
        [property: JsonPropertyName("name_servers"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] NameServer[]? NameServers,
        [property: JsonPropertyName("ns_group"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NsGroup);
}
