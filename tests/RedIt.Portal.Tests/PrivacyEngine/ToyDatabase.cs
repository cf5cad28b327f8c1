using RedIt.Portal.Privacy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RedIt.Portal.Tests.PrivacyEngine.Toy;

namespace RedIt.Portal.Tests.PrivacyEngine;

// One private in-memory SQLite database per test, alive as long as its connection.
public sealed class ToyDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public ToyDatabase()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public ToyContext NewContext(Action<string>? log = null, IInterceptor? interceptor = null)
    {
        var options = new DbContextOptionsBuilder<ToyContext>().UseSqlite(_connection);
        if (interceptor is not null)
        {
            options.AddInterceptors(interceptor);
        }

        if (log is not null)
        {
            options.LogTo(log, [RelationalEventId.CommandExecuted]);
        }

        return new ToyContext(options.Options);
    }

    public PrivacyCatalog Catalog(PrivacyOptions? options = null)
    {
        using var db = NewContext();
        return PrivacyCatalog.From(db.Model, options);
    }

    public Person AddPerson(string name, DateTime createdAt)
    {
        using var db = NewContext();
        var person = new Person
        {
            Id = Guid.NewGuid(),
            Email = $"{name.ToLowerInvariant()}@example-{name.ToLowerInvariant()}.nl",
            FirstName = $"{name}first",
            LastName = $"{name}last",
            Phone = $"+3161{name.Length:D2}{Math.Abs(name.GetHashCode(StringComparison.Ordinal)) % 1000000:D6}",
            PasswordHash = $"hash-of-{name}",
            SecurityStamp = $"stamp-of-{name}",
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            CreatedAt = createdAt,
            Addresses = [new Address { Street = $"{name}straat 1", City = $"{name}dam", Postcode = "1234 AB" }],
        };
        db.People.Add(person);
        db.SaveChanges();
        return person;
    }

    public Invoice AddInvoice(Person person, string number, DateTime issuedOn, params DateTime[] notesWrittenOn)
    {
        using var db = NewContext();
        var invoice = new Invoice
        {
            Number = number,
            CustomerId = person.Id,
            BillingName = $"{person.FirstName} {person.LastName}",
            BillingAddress = $"{person.FirstName}laan 9, {person.LastName}stad",
            InternalMemo = $"Call {person.Phone} before sending",
            Amount = 121m,
            IssuedOn = issuedOn,
            Notes = notesWrittenOn.Select(w => new Note { Text = $"{person.FirstName} asked about {number}", WrittenOn = w }).ToList(),
        };
        db.Invoices.Add(invoice);
        db.SaveChanges();
        return invoice;
    }

    public void Dispose() => _connection.Dispose();
}
