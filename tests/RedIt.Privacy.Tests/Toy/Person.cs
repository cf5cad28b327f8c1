namespace RedIt.Privacy.Tests.Toy;

public class Person
{
    public Guid Id { get; set; }

    public string Email { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? Phone { get; set; }

    public string Kind { get; set; } = "private";

    public string? PasswordHash { get; set; }

    public string? SecurityStamp { get; set; }

    public string? ConcurrencyStamp { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? AnonymisedAt { get; set; }

    public List<Address> Addresses { get; set; } = [];

    public List<Invoice> Invoices { get; set; } = [];
}
