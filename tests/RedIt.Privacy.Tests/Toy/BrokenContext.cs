using Microsoft.EntityFrameworkCore;

namespace RedIt.Privacy.Tests.Toy;

// Every kind of mistake the audit must catch, one per entity where possible.
public class BrokenContext(DbContextOptions<BrokenContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Person>(person =>
        {
            person.Property<string>("Nickname");
            person.Privacy(rules => rules
                .Subject(p => p.Id)
                .PersonalData(p => p.Email, p => p.FirstName, p => p.LastName, p => p.PasswordHash, p => p.SecurityStamp)
                .NotPersonalData(p => p.Kind, p => p.ConcurrencyStamp)
                .Purpose("Customer account", LegalBasis.Contract)
                .KeepWhileAccountExists(because: "Needed for the services"));
        });

        modelBuilder.Entity<Address>();

        modelBuilder.Entity<Invoice>().Privacy(rules => rules
            .PersonalData(i => i.BillingName, i => i.BillingAddress, i => i.InternalMemo)
            .NotPersonalData(i => i.Number)
            .KeepFor(years: 7, from: i => i.IssuedOn, startsAt: "the invoice date", because: "Dutch tax law")
            .ClearSooner(i => i.Number, TimeSpan.FromDays(1), from: i => i.IssuedOn, startsAt: "the invoice date", because: "Not personal")
            .ClearSooner(i => i.BillingName, TimeSpan.FromDays(1), from: i => i.Number, startsAt: "the number", because: "Not a date"));

        modelBuilder.Entity<Note>().Privacy(rules => rules
            .Subject(n => n.Invoice.CustomerId)
            .AlsoFoundByEmail(n => n.Text)
            .PersonalData(n => n.Text)
            .Purpose("Customer service", LegalBasis.Contract)
            .KeepFor(TimeSpan.FromDays(365), from: n => n.Text, startsAt: "the text", because: "A year"));

        modelBuilder.Entity<Setting>().NoPersonalData(because: "Configuration");
    }
}
