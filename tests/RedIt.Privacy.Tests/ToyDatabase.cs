using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using RedIt.Privacy.Tests.Toy;

namespace RedIt.Privacy.Tests;

// One private database per test: in-memory SQLite, alive as long as its connection, or with
// REDIT_TEST_DATABASE=postgres a PostgreSQL database of its own, dropped again afterwards.
public sealed class ToyDatabase : IDisposable
{
    private readonly SqliteConnection? _sqlite;
    private readonly string? _postgres;

    public ToyDatabase()
    {
        if (TestSettings.UsePostgres)
        {
            var name = "redit_toy_" + Guid.NewGuid().ToString("N")[..12];
            _postgres = new NpgsqlConnectionStringBuilder(TestSettings.PostgresServer) { Database = name }.ConnectionString;
        }
        else
        {
            _sqlite = new SqliteConnection("Data Source=:memory:");
            _sqlite.Open();
        }

        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public bool IsPostgres => _postgres is not null;

    public ToyContext NewContext(Action<string>? log = null)
    {
        var options = new DbContextOptionsBuilder<ToyContext>();
        if (_postgres is not null)
        {
            options.UseNpgsql(_postgres);
        }
        else
        {
            options.UseSqlite(_sqlite!);
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

    public void Dispose()
    {
        if (_postgres is null)
        {
            _sqlite!.Dispose();
            return;
        }

        using (var own = new NpgsqlConnection(_postgres))
        {
            NpgsqlConnection.ClearPool(own);
        }

        var database = new NpgsqlConnectionStringBuilder(_postgres).Database;
        using var server = new NpgsqlConnection(TestSettings.PostgresServer);
        server.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", server);
        drop.ExecuteNonQuery();
    }
}
