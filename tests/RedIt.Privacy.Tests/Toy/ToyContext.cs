using Microsoft.EntityFrameworkCore;

namespace RedIt.Privacy.Tests.Toy;

public class ToyContext(DbContextOptions<ToyContext> options) : DbContext(options)
{
    public DbSet<Person> People => Set<Person>();

    public DbSet<Address> Addresses => Set<Address>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<Setting> Settings => Set<Setting>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Person>(person =>
        {
            person.Property(p => p.Email).HasMaxLength(256);
            person.HasIndex(p => p.Email).IsUnique();
            person.Privacy(rules => rules
                .Category("Customer account")
                .Subject(p => p.Id)
                .PersonalData(p => p.Email, p => p.FirstName, p => p.LastName, p => p.Phone, p => p.PasswordHash, p => p.SecurityStamp)
                .NotPersonalData(p => p.Kind, p => p.ConcurrencyStamp)
                .Purpose("Customer account", LegalBasis.Contract)
                .Recipients(ToyHoster.ErrorReporting)
                .KeepWhileAccountExists(because: "The account is needed to deliver the services")
                .OnErasure(Erasure.Delete)
                .AnonymisedFlag(p => p.AnonymisedAt));
        });

        modelBuilder.Entity<Address>(address =>
        {
            address.HasOne(a => a.Person).WithMany(p => p.Addresses).HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
            address.Privacy(rules => rules
                .Category("Customer account")
                .Subject(a => a.Person.Id)
                .PersonalData(a => a.Street, a => a.City, a => a.Postcode)
                .NotPersonalData(a => a.Country)
                .Purpose("Customer account", LegalBasis.Contract)
                .Recipients(ToyHoster.GoogleMaps)
                .KeepWhileAccountExists(because: "The address is needed to deliver the services")
                .OnErasure(Erasure.Delete));
        });

        modelBuilder.Entity<Invoice>(invoice =>
        {
            invoice.Property(i => i.Number).HasMaxLength(20);
            invoice.HasIndex(i => i.Number).IsUnique();
            invoice.HasOne(i => i.Customer).WithMany(p => p.Invoices).HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Restrict);
            invoice.Privacy(rules => rules
                .Category("Billing")
                .Subject(i => i.CustomerId)
                .PersonalData(i => i.BillingName, i => i.BillingAddress, i => i.InternalMemo)
                .NotPersonalData(i => i.Number)
                .Purpose("Billing", LegalBasis.LegalObligation)
                .Recipients(ToyHoster.MultiSafepay, ToyHoster.DasIncasso)
                .KeepFor(years: 7, from: i => i.IssuedOn, startsAt: "the invoice date", because: "Dutch tax law: invoices are kept seven years")
                .OnErasure(Erasure.KeepUntilRetentionEnds)
                .StripOnErasure(i => i.InternalMemo)
                .ClearSooner(i => i.InternalMemo, TimeSpan.FromDays(90), from: i => i.IssuedOn, startsAt: "the invoice date",
                    because: "The memo is for the reminders, which end with the payment term")
                .AfterRetention(Erasure.Delete));
        });

        modelBuilder.Entity<Note>(note =>
        {
            note.HasOne(n => n.Invoice).WithMany(i => i.Notes).HasForeignKey(n => n.InvoiceId).OnDelete(DeleteBehavior.Cascade);
            note.Privacy(rules => rules
                .Category("Customer service")
                .Subject(n => n.Invoice.CustomerId)
                .PersonalData(n => n.Text)
                .Purpose("Answering questions about invoices", LegalBasis.Contract)
                .KeepFor(TimeSpan.FromDays(365), from: n => n.WrittenOn, startsAt: "the day it was written", because: "A note is useful for a year")
                .OnErasure(Erasure.Anonymise)
                .AfterRetention(Erasure.Anonymise)
                .AnonymisedFlag(n => n.AnonymisedAt));
        });

        modelBuilder.Entity<Setting>().NoPersonalData(because: "Configuration of the portal itself");
    }
}
